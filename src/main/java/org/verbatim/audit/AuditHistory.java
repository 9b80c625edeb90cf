package org.verbatim.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.verbatim.base.csv.Csv;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.article.Article;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.Review;
import org.verbatim.review.ReviewAction;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;

/**
 * Reads the audit history Envers keeps: a quote's timeline from the machine's suggestion through every change, an
 * article's quotes merged in time order, and the global log of every revision with CSV export. Read-only, for
 * auditors and administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    /** The quote a timeline is about, as it stands now (or stood last, if it was deleted). */
    public record QuoteSubject(long id, String text, long articleId, String articleTitle, String speaker,
                               ReviewStatus status) {
    }

    /** The article a timeline is about. */
    public record ArticleSubject(long id, String title, String publisher, LocalDate publishedOn) {
    }

    private final EntityManager em;

    AuditHistory(EntityManager em) {
        this.em = em;
    }

    // --- subjects -------------------------------------------------------------------------------------------

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<QuoteSubject> quote(long quoteId) {
        Quote quote = em.find(Quote.class, quoteId);
        if (quote == null) {
            AuditReader reader = reader();
            List<Object[]> revisions = revisionsOf(reader, Quote.class, AuditEntity.id().eq(quoteId));
            if (revisions.isEmpty()) {
                return Optional.empty();
            }
            Object[] last = revisions.getLast();
            quote = (Quote) last[0];
            String speaker = new SpeakerNames(reader).at(speakerId(quote), revisionOf(last));
            Article article = em.find(Article.class, articleId(quote));
            return Optional.of(new QuoteSubject(quoteId, quote.getText(), articleId(quote),
                    article == null ? "" : article.getTitle(), speaker, quote.getStatus()));
        }
        return Optional.of(new QuoteSubject(quote.getId(), quote.getText(), quote.getArticle().getId(),
                quote.getArticle().getTitle(), quote.getSpeaker() == null ? null
                : quote.getSpeaker().getCanonicalName(), quote.getStatus()));
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<ArticleSubject> article(long articleId) {
        return Optional.ofNullable(em.find(Article.class, articleId))
                .map(a -> new ArticleSubject(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn()));
    }

    // --- timelines ------------------------------------------------------------------------------------------

    /** Every revision of the quote, oldest first: the suggestion, then each change with its from → to. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<TimelineEntry> quoteTimeline(long quoteId) {
        AuditReader reader = reader();
        List<Object[]> revisions = revisionsOf(reader, Quote.class, AuditEntity.id().eq(quoteId));
        Map<String, Review> reviews = reviewsByRevision(reader, List.of(quoteId));
        return new QuoteTimeline(reader, reviews).entries(revisions);
    }

    /** The article's own revisions and those of all its quotes, merged in time order. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<TimelineEntry> articleTimeline(long articleId) {
        AuditReader reader = reader();
        List<Object[]> quoteRevisions = revisionsOf(reader, Quote.class,
                AuditEntity.relatedId("article").eq(articleId));
        Map<Long, List<Object[]>> byQuote = new HashMap<>();
        for (Object[] row : quoteRevisions) {
            byQuote.computeIfAbsent(((Quote) row[0]).getId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, Review> reviews = reviewsByRevision(reader, List.copyOf(byQuote.keySet()));
        QuoteTimeline quotes = new QuoteTimeline(reader, reviews);
        record Placed(TimelineEntry entry, int order) {
        }
        List<Placed> all = new ArrayList<>();
        for (TimelineEntry e : articleEntries(revisionsOf(reader, Article.class, AuditEntity.id().eq(articleId)))) {
            all.add(new Placed(e, -1));
        }
        for (List<Object[]> revisionsOfOne : byQuote.values()) {
            int offset = ((Quote) revisionsOfOne.getFirst()[0]).getStartOffset();
            for (TimelineEntry e : quotes.entries(revisionsOfOne)) {
                all.add(new Placed(e, offset));
            }
        }
        // in time (revision) order; within one revision the article first, then its quotes in reading order
        all.sort(Comparator.comparingLong((Placed p) -> p.entry().revision()).thenComparingInt(Placed::order));
        return all.stream().map(Placed::entry).toList();
    }

    // --- the global log -------------------------------------------------------------------------------------

    /** One page of the log, newest first. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditLogEntry> log(AuditLogFilter filter, int offset, int limit) {
        Objects.requireNonNull(filter);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return page(reader(), filter, null, null, offset, limit);
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public long count(AuditLogFilter filter) {
        AuditReader reader = reader();
        long total = 0;
        for (AuditedRecord type : AuditedRecord.values()) {
            if (filter.includes(type)) {
                AuditQuery q = logQuery(reader, type, filter).addProjection(AuditEntity.revisionNumber().count());
                total += ((Number) q.getSingleResult()).longValue();
            }
        }
        return total;
    }

    /** The user names that appear in the history, for the log's filter. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<String> actors() {
        return em.createQuery("select distinct r.username from RevisionInfo r where r.username is not null "
                + "order by r.username", String.class).getResultList();
    }

    /** Writes every entry the filter selects, newest first, as CSV with a header row. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public void exportCsv(AuditLogFilter filter, Writer out) {
        exportCsv(filter, out, CSV_CHUNK);
    }

    /** {@link #exportCsv(AuditLogFilter, Writer)}, reading about {@code chunk} entries at a time. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    void exportCsv(AuditLogFilter filter, Writer out, int chunkSize) {
        Objects.requireNonNull(filter);
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            Csv csv = new Csv(out);
            csv.row("Revision", "Time (UTC)", "User", "Record", "Record id", "Change", "Detail", "Quote",
                    "Article", "Reason");
            // a chunk of revisions at a time, newest first: a log of millions of rows never sits in memory whole
            AuditReader reader = reader();
            Long before = null;
            while (true) {
                List<AuditLogEntry> chunk = page(reader, filter, null, before, 0, chunkSize);
                if (chunk.size() < chunkSize) {
                    writeCsvRows(csv, chunk);
                    break;
                }
                // the oldest revision of the chunk may go on past it: it is written with the next chunk
                long oldest = chunk.getLast().revision();
                List<AuditLogEntry> whole = chunk.stream().filter(e -> e.revision() > oldest).toList();
                if (whole.isEmpty()) {   // one revision of a chunk or more: written on its own
                    whole = page(reader, filter, oldest, oldest + 1, 0, Integer.MAX_VALUE);
                    writeCsvRows(csv, whole);
                    before = oldest;
                } else {
                    writeCsvRows(csv, whole);
                    before = oldest + 1;
                }
                out.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int CSV_CHUNK = 2_000;

    private static void writeCsvRows(Csv csv, List<AuditLogEntry> entries) {
        for (AuditLogEntry e : entries) {
            csv.row(Long.toString(e.revision()), DateTimeFormatter.ISO_INSTANT.format(e.at()),
                    e.username(), e.record().label(), Long.toString(e.recordId()), e.change().label(),
                    e.detail(), e.quoteId() == null ? "" : e.quoteId().toString(),
                    e.articleId() == null ? "" : e.articleId().toString(), e.reason());
        }
    }

    /**
     * Entries newest first; {@code fromRevision} (inclusive) and {@code beforeRevision} (exclusive) bound the
     * revisions when given.
     */
    private List<AuditLogEntry> page(AuditReader reader, AuditLogFilter filter, Long fromRevision,
                                     Long beforeRevision, int offset, int limit) {
        // each kind of record has its own audit table: take the first offset + limit of each, newest first, merge
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        record Row(long revision, AuditedRecord type, long id, ChangeKind change, String detail, Long quoteId,
                   Long articleId) {
        }
        List<Row> rows = new ArrayList<>();
        for (AuditedRecord type : AuditedRecord.values()) {
            if (!filter.includes(type)) {
                continue;
            }
            AuditQuery q = logQuery(reader, type, filter);
            if (fromRevision != null) {
                q.add(AuditEntity.revisionNumber().ge(fromRevision));
            }
            if (beforeRevision != null) {
                q.add(AuditEntity.revisionNumber().lt(beforeRevision));
            }
            q.addProjection(AuditEntity.revisionNumber())
                    .addProjection(AuditEntity.id())
                    .addProjection(AuditEntity.revisionType());
            for (String property : detailProperties(type)) {
                q.addProjection(AuditEntity.property(property));
            }
            q.addOrder(AuditEntity.revisionNumber().desc()).addOrder(AuditEntity.id().desc());
            if (wanted < Integer.MAX_VALUE) {
                q.setMaxResults(wanted);
            }
            for (Object row : q.getResultList()) {
                Object[] r = (Object[]) row;
                long id = ((Number) r[1]).longValue();
                rows.add(new Row(((Number) r[0]).longValue(), type, id, ChangeKind.of((RevisionType) r[2]),
                        detail(type, r), type == AuditedRecord.QUOTE ? Long.valueOf(id)
                        : type == AuditedRecord.REVIEW ? (Long) r[3] : null,
                        type == AuditedRecord.ARTICLE ? Long.valueOf(id) : null));
            }
        }
        List<Row> window = rows.stream()
                .sorted(Comparator.comparingLong(Row::revision).reversed().thenComparing(Row::type)
                        .thenComparing(Comparator.comparingLong(Row::id).reversed()))
                .skip(offset).limit(limit).toList();
        Set<Number> revisionIds = new HashSet<>();
        window.forEach(r -> revisionIds.add(r.revision()));
        Map<Long, RevisionInfo> info = new HashMap<>();
        if (!revisionIds.isEmpty()) {
            reader.findRevisions(RevisionInfo.class, revisionIds).values().forEach(ri -> info.put(ri.getId(), ri));
        }
        return window.stream().map(r -> {
            RevisionInfo ri = info.get(r.revision());
            return new AuditLogEntry(r.revision(), ri.getTimestamp(), ri.getUsername(), ri.getReason(), r.type(),
                    r.id(), r.change(), r.detail(), r.quoteId(), r.articleId());
        }).toList();
    }

    private static AuditQuery logQuery(AuditReader reader, AuditedRecord type, AuditLogFilter filter) {
        AuditQuery q = reader.createQuery().forRevisionsOfEntity(type.entity(), false, true);
        if (filter.username() != null && !filter.username().isBlank()) {
            q.add(AuditEntity.revisionProperty("username").eq(filter.username().strip()));
        }
        if (filter.from() != null) {
            q.add(AuditEntity.revisionProperty("timestamp").ge(filter.from().toEpochMilli()));
        }
        if (filter.until() != null) {
            q.add(AuditEntity.revisionProperty("timestamp").lt(filter.until().toEpochMilli()));
        }
        if (filter.change() != null) {
            q.add(AuditEntity.revisionType().eq(filter.change().revisionType()));
        }
        if (filter.reviewAction() != null && type == AuditedRecord.REVIEW) {
            q.add(AuditEntity.property("action").eq(filter.reviewAction()));
        }
        return q;
    }

    /** Properties that name a record in the log, read in the same query (no lookup per row). */
    private static List<String> detailProperties(AuditedRecord type) {
        return switch (type) {
            case QUOTE -> List.of();
            case REVIEW -> List.of("quoteId", "action", "verdict");
            case SPEAKER -> List.of("canonicalName");
            case ARTICLE -> List.of("title");
            case USER -> List.of("username");
            case SIGN_IN_LOCKOUT -> List.of("subject");
        };
    }

    private static String detail(AuditedRecord type, Object[] row) {
        return switch (type) {
            case QUOTE -> "";
            case REVIEW -> Labels.of((ReviewAction) row[4])
                    + (row[5] == null ? "" : ": " + ((Verdict) row[5]).label());
            case SPEAKER, ARTICLE, USER, SIGN_IN_LOCKOUT -> row[3] == null ? "" : row[3].toString();
        };
    }

    // --- reading Envers -------------------------------------------------------------------------------------

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    /** {entity, RevisionInfo, RevisionType} rows, oldest first. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> revisionsOf(AuditReader reader, Class<?> type, AuditCriterion criterion) {
        return reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    /** The review written in the same revision as a change of a quote: it says what the person did. */
    private static Map<String, Review> reviewsByRevision(AuditReader reader, List<Long> quoteIds) {
        Map<String, Review> byKey = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return byKey;
        }
        for (Object[] row : revisionsOf(reader, Review.class, AuditEntity.property("quoteId").in(quoteIds))) {
            Review review = (Review) row[0];
            if (row[2] == RevisionType.ADD) {
                byKey.put(key(review.getQuoteId(), revisionOf(row)), review);
            }
        }
        return byKey;
    }

    private static String key(long quoteId, long revision) {
        return quoteId + "@" + revision;
    }

    private static long revisionOf(Object[] row) {
        return ((RevisionInfo) row[1]).getId();
    }

    /** The id behind an audited to-one reference without loading it. */
    private static Long idOf(Object entity, Function<Object, Long> getter) {
        if (entity == null) {
            return null;
        }
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
        return lazy != null ? (Long) lazy.getInternalIdentifier() : getter.apply(entity);
    }

    private static Long speakerId(Quote quote) {
        return idOf(quote.getSpeaker(), s -> ((Speaker) s).getId());
    }

    private static Long articleId(Quote quote) {
        return idOf(quote.getArticle(), a -> ((Article) a).getId());
    }

    private List<TimelineEntry> articleEntries(List<Object[]> revisions) {
        List<TimelineEntry> entries = new ArrayList<>();
        Article before = null;
        for (Object[] row : revisions) {
            Article a = (Article) row[0];
            RevisionInfo info = (RevisionInfo) row[1];
            ChangeKind change = ChangeKind.of((RevisionType) row[2]);
            List<FieldChange> changes = new ArrayList<>();
            if (change != ChangeKind.DELETED) {
                Diff.of(changes, "Title", before == null ? null : before.getTitle(), a.getTitle(), before == null);
                Diff.of(changes, "Publisher", before == null ? null : before.getPublisher(), a.getPublisher(),
                        before == null);
                Diff.of(changes, "Published", before == null ? null : str(before.getPublishedOn()),
                        str(a.getPublishedOn()), before == null);
                Diff.of(changes, "Address", before == null ? null : before.getUrl(), a.getUrl(), before == null);
            }
            String action = switch (change) {
                case ADDED -> "Article imported";
                case MODIFIED -> "Article details changed";
                case DELETED -> "Article deleted";
            };
            entries.add(new TimelineEntry(info.getId(), info.getTimestamp(), info.getUsername(), info.getReason(),
                    AuditedRecord.ARTICLE, a.getId(), a.getTitle(), change, action, changes));
            before = a;
        }
        return entries;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Turns a quote's revisions into timeline entries, comparing each with the one before, field by field. */
    private final class QuoteTimeline {

        private final Map<String, Review> reviews;
        private final SpeakerNames speakers;

        QuoteTimeline(AuditReader reader, Map<String, Review> reviews) {
            this.reviews = reviews;
            this.speakers = new SpeakerNames(reader);
        }

        List<TimelineEntry> entries(List<Object[]> revisions) {
            List<TimelineEntry> entries = new ArrayList<>();
            Quote before = null;
            long beforeRevision = 0;
            for (Object[] row : revisions) {
                Quote q = (Quote) row[0];
                RevisionInfo info = (RevisionInfo) row[1];
                ChangeKind change = ChangeKind.of((RevisionType) row[2]);
                Review review = reviews.get(key(q.getId(), info.getId()));
                List<FieldChange> changes = change == ChangeKind.DELETED ? List.of()
                        : fields(before, beforeRevision, q, info.getId(), review);
                entries.add(new TimelineEntry(info.getId(), info.getTimestamp(), info.getUsername(),
                        info.getReason(), AuditedRecord.QUOTE, q.getId(), Labels.excerpt(q.getText()), change,
                        action(change, q, review, before == null), changes));
                before = q;
                beforeRevision = info.getId();
            }
            return entries;
        }

        private String action(ChangeKind change, Quote q, Review review, boolean first) {
            if (change == ChangeKind.DELETED) {
                return "Deleted";
            }
            if (first) {
                String by = q.getExtractorName() == null ? "someone" : q.getExtractorName()
                        + (q.getExtractorVersion() == null ? "" : " " + q.getExtractorVersion());
                return "Suggested by " + by + (q.getConfidence() == null ? ""
                        : String.format(Locale.ROOT, ", confidence %.2f", q.getConfidence()));
            }
            return review != null ? Labels.of(review.getAction()) : "Changed";
        }

        private List<FieldChange> fields(Quote b, long bRev, Quote a, long aRev, Review review) {
            boolean all = b == null;
            List<FieldChange> c = new ArrayList<>();
            Diff.of(c, "Text", b == null ? null : b.getText(), a.getText(), all);
            Diff.of(c, "Span", b == null ? null : span(b), span(a), all);
            Diff.of(c, "Type", b == null ? null : Labels.of(b.getType()), Labels.of(a.getType()), all);
            Long bSpeaker = b == null ? null : speakerId(b);
            Long aSpeaker = speakerId(a);
            if (all || !Objects.equals(bSpeaker, aSpeaker)) {
                Diff.of(c, "Speaker", b == null ? null : speakers.at(bSpeaker, bRev), speakers.at(aSpeaker, aRev),
                        all);
            }
            Diff.of(c, "Mention", b == null ? null : b.getMention(), a.getMention(), all);
            Diff.of(c, "Cue", b == null ? null : b.getCue(), a.getCue(), all);
            Diff.of(c, "Status", b == null ? null : Labels.of(b.getStatus()), Labels.of(a.getStatus()), all);
            Diff.of(c, "Verdict", b == null ? null : Labels.of(b.getVerdict()), Labels.of(a.getVerdict()), all);
            Diff.of(c, "Note", b == null ? null : b.getVerdictNote(), a.getVerdictNote(), all);
            if (!all) {
                Diff.of(c, "Extractor", extractor(b), extractor(a), false);
                Diff.of(c, "Confidence", Labels.of(b.getConfidence()), Labels.of(a.getConfidence()), false);
            }
            if (review != null && review.getSourceLinks() != null) {
                c.add(new FieldChange("Sources", null, review.getSourceLinks()));
            }
            return c;
        }

        private static String span(Quote q) {
            return q.getStartOffset() + "–" + q.getEndOffset();
        }

        private static String extractor(Quote q) {
            return q.getExtractorName() == null ? null : q.getExtractorName() + " " + q.getExtractorVersion();
        }
    }

    /**
     * A speaker's name as it was at a revision. Speakers can be renamed and merged away (deleted), so the name comes
     * from the speaker's own audit history, deletions included.
     */
    private final class SpeakerNames {

        private final AuditReader reader;
        private final Map<String, String> cache = new HashMap<>();

        SpeakerNames(AuditReader reader) {
            this.reader = reader;
        }

        String at(Long speakerId, long revision) {
            if (speakerId == null) {
                return null;
            }
            return cache.computeIfAbsent(speakerId + "@" + revision, k -> lookUp(speakerId, revision));
        }

        private String lookUp(long speakerId, long revision) {
            List<?> found = reader.createQuery().forRevisionsOfEntity(Speaker.class, true, true)
                    .add(AuditEntity.id().eq(speakerId))
                    .add(AuditEntity.revisionNumber().le(revision))
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1)
                    .getResultList();
            if (!found.isEmpty() && ((Speaker) found.getFirst()).getCanonicalName() != null) {
                return ((Speaker) found.getFirst()).getCanonicalName();
            }
            Speaker now = em.find(Speaker.class, speakerId);
            return now != null ? now.getCanonicalName() : "speaker #" + speakerId;
        }
    }
}
