package org.verbatim.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.verbatim.article.WebAddress;
import org.verbatim.base.csv.Csv;
import org.verbatim.quote.ClaimRating;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Verdict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quotes for other tools, read with plain SQL a thousand at a time (an export of millions runs in little memory):
 * as CSV or JSON with their articles, speakers, statuses, verdicts and claim ratings, and the approved ones as
 * schema.org ClaimReview JSON-LD. Needs only the database, so the command line runs it without Hibernate.
 */
@Service
public class QuoteExports {

    private static final int PAGE = 1000;
    private static final String QUOTE_COLUMNS = "select q.id, q.article_id, a.title, a.publisher, a.url, a.published_on,"
            + " q.start_offset, q.end_offset, q.text, q.quote_type, q.status, q.verdict, q.verdict_note, q.reviewed_by,"
            + " q.reviewed_at, q.approved_by, q.approved_at, q.confidence, s.id as speaker_id, s.canonical_name,"
            + " s.role_title, s.affiliation, s.kind, q.claim_rating, q.claim_rating_note"
            + " from quote q join article a on a.id = q.article_id left join speaker s on s.id = q.speaker_id";

    private final JdbcClient jdbc;
    private final ExportProperties properties;
    private final JsonMapper json;
    private final ClaimRatings ratings;

    public QuoteExports(JdbcClient jdbc, ExportProperties properties, JsonMapper json, ClaimRatings ratings) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.json = json;
        this.ratings = ratings;
    }

    /** Whether {@code format} is one of the quote formats written here. */
    public static boolean writes(Exports.Format format) {
        return format == Exports.Format.QUOTES_CSV || format == Exports.Format.QUOTES_JSON
                || format == Exports.Format.CLAIMREVIEW;
    }

    /** Writes the quote format {@code format} to {@code out}. */
    public void write(Exports.Format format, Writer out) {
        switch (format) {
            case CLAIMREVIEW -> claimReviews(out);
            case QUOTES_CSV -> quotesCsv(out);
            case QUOTES_JSON -> quotesJson(out);
            default -> throw new IllegalArgumentException(format.id() + " is not a quote export");
        }
    }

    /** Whether ClaimReview can be made as configured: every review needs an address. */
    public boolean reviewsHaveAddresses() {
        return properties.reviewsHaveAddresses();
    }

    /** One row per quote with its article, speaker, status and verdict. */
    @PreAuthorize("isAuthenticated()")
    public void quotesCsv(Writer out) {
        Writer writer = out;
        Csv csv = new Csv(writer);
        csv.row("quote_id", "article_id", "article_title", "article_publisher", "article_url", "article_published",
                "start", "end", "text", "type", "speaker_id", "speaker", "speaker_role", "speaker_affiliation",
                "speaker_kind", "status", "verdict", "verdict_note", "reviewed_by", "reviewed_at", "approved_by",
                "approved_at", "confidence", "claim_rating", "claim_rating_value", "claim_rating_note");
        eachQuote("", q -> csv.row(q.id, q.articleId, q.title, q.publisher, q.url, text(q.published), q.start, q.end,
                q.text, q.type, q.speakerId, q.speaker, q.role, q.affiliation, q.kind, q.status, q.verdict,
                q.verdictNote, q.reviewedBy, text(q.reviewedAt), q.approvedBy, text(q.approvedAt), q.confidence,
                q.claimRating, ratingValue(q), q.claimRatingNote));
        flush(writer);
    }

    /** A JSON array of quotes, each with its article and speaker. */
    @PreAuthorize("isAuthenticated()")
    public void quotesJson(Writer out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            eachQuote("", q -> {
                Map<String, Object> quote = new LinkedHashMap<>();
                quote.put("id", q.id);
                quote.put("text", q.text);
                quote.put("start", q.start);
                quote.put("end", q.end);
                quote.put("type", q.type);
                quote.put("status", q.status);
                quote.put("verdict", q.verdict);
                quote.put("verdictNote", q.verdictNote);
                quote.put("reviewedBy", q.reviewedBy);
                quote.put("reviewedAt", text(q.reviewedAt));
                quote.put("approvedBy", q.approvedBy);
                quote.put("approvedAt", text(q.approvedAt));
                quote.put("confidence", q.confidence);
                quote.put("claimRating", q.claimRating);
                quote.put("claimRatingValue", ratingValue(q));
                quote.put("claimRatingNote", q.claimRatingNote);
                Map<String, Object> speaker = null;
                if (q.speakerId != null) {
                    speaker = new LinkedHashMap<>();
                    speaker.put("id", q.speakerId);
                    speaker.put("name", q.speaker);
                    speaker.put("role", q.role);
                    speaker.put("affiliation", q.affiliation);
                    speaker.put("kind", q.kind);
                }
                quote.put("speaker", speaker);
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("id", q.articleId);
                article.put("title", q.title);
                article.put("publisher", q.publisher);
                article.put("url", q.url);
                article.put("published", text(q.published));
                quote.put("article", article);
                g.writePOJO(quote);
            });
            g.writeEndArray();
        }
    }

    /**
     * schema.org ClaimReview for every approved quote with a claim rating or a verdict: the quote is the claim, its
     * speaker the claim's author, the article where it appeared its appearance. The claim rating is the review's
     * rating, with its place on the scale; a quote rated only for its attribution has the verdict's words. Every
     * review has a {@code url}: refused as a whole, before anything is written, when none can be given.
     */
    @PreAuthorize("isAuthenticated()")
    public void claimReviews(Writer out) {
        if (!reviewsHaveAddresses()) {
            throw new Exports.NotConfiguredException(ClaimReviewAddressCheck.WARNING);
        }
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://schema.org");
            g.writeName("@graph");
            g.writeStartArray();
            eachQuote(" where q.status = 'APPROVED' and (q.claim_rating is not null or q.verdict is not null)",
                    q -> g.writePOJO(claimReview(q)));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    Map<String, Object> claimReview(QuoteRow q) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        String url = properties.reviewUrlOf(q.id, q.articleId);
        if (url == null) {
            throw new Exports.NotConfiguredException(ClaimReviewAddressCheck.WARNING);
        }
        review.put("url", url);
        review.put("claimReviewed", q.text);
        putIfPresent(review, "datePublished", q.approvedAt == null ? null
                : q.approvedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", properties.organisation().name());
        putIfPresent(organisation, "url", blankToNull(properties.organisation().url()));
        review.put("author", organisation);
        review.put("reviewRating", rating(q));
        putIfPresent(review, "reviewBody", q.claimRating != null && q.claimRatingNote != null ? q.claimRatingNote
                : q.verdictNote);

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (q.speaker != null) {
            Map<String, Object> author = new LinkedHashMap<>();
            boolean person = !"ORGANIZATION".equals(q.kind);
            author.put("@type", person ? "Person" : "Organization");
            author.put("name", q.speaker);
            if (person) {
                putIfPresent(author, "jobTitle", q.role);
                if (q.affiliation != null) {
                    author.put("affiliation", Map.of("@type", "Organization", "name", q.affiliation));
                }
            } else {
                putIfPresent(author, "description", q.role);
                if (q.affiliation != null) {
                    author.put("parentOrganization", Map.of("@type", "Organization", "name", q.affiliation));
                }
            }
            claim.put("author", author);
        }
        putIfPresent(claim, "datePublished", text(q.published));
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        putIfPresent(appearance, "url", q.url);
        putIfPresent(appearance, "headline", q.title);
        putIfPresent(appearance, "datePublished", text(q.published));
        if (q.publisher != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", q.publisher));
        }
        claim.put("appearance", appearance);
        review.put("itemReviewed", claim);
        return review;
    }

    /**
     * The claim's rating with its value and the scale's ends (a rating outside the scale, like "Unverifiable", only
     * in words); without one, the attribution verdict's words.
     */
    private Map<String, Object> rating(QuoteRow q) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (q.claimRating == null) {
            rating.put("alternateName", Verdict.valueOf(q.verdict).label());
            return rating;
        }
        Integer value = ratingValue(q);
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", ratings.best());
            rating.put("worstRating", ratings.worst());
        }
        rating.put("alternateName", q.claimRating);
        return rating;
    }

    /** The rating's place on the scale as configured now; {@code null} for one outside it or no longer on it. */
    private Integer ratingValue(QuoteRow q) {
        return ratings.find(q.claimRating).map(ClaimRating::value).orElse(null);
    }

    // --- reading --------------------------------------------------------------------------------------------------

    record QuoteRow(long id, long articleId, String title, String publisher, String url, LocalDate published,
                    int start, int end, String text, String type, String status, String verdict, String verdictNote,
                    String reviewedBy, Instant reviewedAt, String approvedBy, Instant approvedAt, Double confidence,
                    Long speakerId, String speaker, String role, String affiliation, String kind,
                    String claimRating, String claimRatingNote) {
    }

    /** Pages through the quotes by id, so that neither the driver nor the heap holds them all. */
    private void eachQuote(String where, Consumer<QuoteRow> each) {
        long after = 0;
        String and = where.isEmpty() ? " where " : where + " and ";
        while (true) {
            List<QuoteRow> page = jdbc.sql(QUOTE_COLUMNS + and + "q.id > ? order by q.id limit " + PAGE)
                    .param(after).query(QuoteExports::quoteRow).list();
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    private static QuoteRow quoteRow(ResultSet rs, int n) throws SQLException {
        java.sql.Date published = rs.getDate("published_on");
        double confidence = rs.getDouble("confidence");
        Double conf = rs.wasNull() ? null : confidence;
        long speakerId = rs.getLong("speaker_id");
        Long sid = rs.wasNull() ? null : speakerId;
        return new QuoteRow(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"),
                // an address stored before only http(s) ones were kept never leaves Verbatim
                rs.getString("publisher"), WebAddress.orNull(rs.getString("url")),
                published == null ? null : published.toLocalDate(),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"), rs.getString("quote_type"),
                rs.getString("status"), rs.getString("verdict"), rs.getString("verdict_note"),
                rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("approved_by"),
                instant(rs, "approved_at"), conf, sid, rs.getString("canonical_name"),
                rs.getString("role_title"), rs.getString("affiliation"), rs.getString("kind"),
                rs.getString("claim_rating"), rs.getString("claim_rating_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        // stored as UTC (hibernate.jdbc.time_zone), whatever this JVM's time zone is
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
