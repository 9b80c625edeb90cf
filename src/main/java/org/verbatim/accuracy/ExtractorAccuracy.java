package org.verbatim.accuracy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.verbatim.quote.Quote;
import org.verbatim.security.Role;

/**
 * How well each extractor version did, as reviewers judged it. Only reviewed quotes count. A quote confirmed as the
 * machine suggested it has the span and the speaker right; a corrected span is wrong unless the machine's and the
 * reviewer's spans overlap by at least {@value #SPAN_OVERLAP} (shared characters over the characters of either); a
 * corrected speaker is wrong (or missing, where the machine named none); a rejected quote is a false positive; a quote
 * a reviewer added is a false negative.
 * <ul>
 *     <li>Span: precision = right spans / reviewed suggestions (rejected ones included); recall = right spans / real
 *     quotes (suggestions not rejected, and quotes reviewers added).</li>
 *     <li>Speaker, over real quotes: precision = right speakers / quotes the machine named a speaker for; recall =
 *     right speakers / quotes with a speaker as reviewed (added ones included).</li>
 * </ul>
 */
@Service
public class ExtractorAccuracy {

    /** Spans that share this much (of their union) are the same span. */
    public static final double SPAN_OVERLAP = 0.8;

    /** Which reviews count: all, or one publisher's articles, or those reviewed in a period (UTC days). */
    public record Filter(String publisher, LocalDate reviewedFrom, LocalDate reviewedTo) {
        public Filter {
            publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
        }

        public static Filter everything() {
            return new Filter(null, null, null);
        }
    }

    /** Right ones, wrong ones, missed ones. */
    public record Figures(long truePositives, long falsePositives, long falseNegatives) {
        /** {@code null} when there was nothing to judge. */
        public Double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public Double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public Double f1() {
            Double p = precision();
            Double r = recall();
            return p == null || r == null || p + r == 0 ? null : 2 * p * r / (p + r);
        }

        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    /**
     * What reviewers did with one version's suggestions: {@code reviewed} suggestions, of which {@code confirmed} had
     * span and speaker right, {@code spanCorrected} and {@code speakerCorrected} had them wrong, {@code rejected} were
     * no quotes; and {@code added} quotes it missed.
     */
    public record Counts(long reviewed, long confirmed, long spanCorrected, long speakerCorrected, long rejected,
                         long added) {
    }

    /**
     * The extractor's mean confidence in the suggestions reviewers took as they were, and in those they corrected or
     * rejected: whether its confidence tells the two apart. {@code null} where there were none.
     */
    public record Confidence(Double whenRight, Double whenWrong) {
    }

    public record VersionAccuracy(String extractor, String version, Counts counts, Figures span, Figures speaker,
                                  Confidence confidence) {
        /** "verbatim-rules 1.0". */
        public String label() {
            return extractor == null ? "unknown" : version == null ? extractor : extractor + " " + version;
        }
    }

    public enum CaseKind {
        SPAN("Span corrected"), SPEAKER("Speaker corrected"), SPAN_AND_SPEAKER("Span and speaker corrected"),
        REJECTED("Rejected: not a quote"), MISSED("Missed: added by a reviewer");

        private final String label;

        CaseKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A span and a speaker: the machine's or the reviewer's; {@code null} parts where there is none. */
    public record Attribution(Integer start, Integer end, String text, String speaker) {
    }

    /** One quote reviewers did not take as the machine suggested it. */
    public record Case(long quoteId, long articleId, String articleTitle, String extractor, CaseKind kind,
                       Attribution machine, Attribution reviewer, String reviewedBy, Instant reviewedAt,
                       String reason) {
    }

    public record CasePage(List<Case> cases, int offset, int limit, long total) {
    }

    private static final String REVIEWED = "q.status in ('CONFIRMED', 'CORRECTED', 'REJECTED', 'APPROVED')";
    private static final String MACHINE = "q.machine_start_offset is not null";
    private static final String ADDED = "q.extractor_name = '" + Quote.MANUAL + "' and q.status <> 'REJECTED'";
    private static final String SPAN_RIGHT = "(least(q.end_offset, q.machine_end_offset)"
            + " - greatest(q.start_offset, q.machine_start_offset)) >= " + SPAN_OVERLAP
            + " * (greatest(q.end_offset, q.machine_end_offset) - least(q.start_offset, q.machine_start_offset))";
    private static final String REAL = "q.status <> 'REJECTED'";

    private final JdbcClient jdbc;

    ExtractorAccuracy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per extractor version, oldest name and version first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<VersionAccuracy> byVersion(Filter filter) {
        Objects.requireNonNull(filter);
        Map<String, MachineCounts> machine = new LinkedHashMap<>();
        filtered("select q.extractor_name, q.extractor_version, count(*) as reviewed,"
                + sum("q.status = 'REJECTED'") + " as rejected,"
                + sum(REAL + " and " + SPAN_RIGHT) + " as span_right,"
                + sum(REAL + " and not (" + SPAN_RIGHT + ")") + " as span_wrong,"
                + sum(REAL + " and " + SPAN_RIGHT + " and q.speaker_corrected = 0") + " as confirmed,"
                + sum(REAL + " and q.speaker_corrected = 1") + " as speaker_corrected,"
                + sum(REAL + " and q.machine_speaker_id is not null and q.speaker_corrected = 0") + " as speaker_right,"
                + sum(REAL + " and q.machine_speaker_id is not null and q.speaker_corrected = 1") + " as speaker_wrong,"
                + sum(REAL + " and q.speaker_id is not null") + " as with_speaker,"
                + " avg(case when " + REAL + " and " + SPAN_RIGHT + " and q.speaker_corrected = 0 then q.confidence"
                + " end) as confidence_right,"
                + " avg(case when not (" + REAL + " and " + SPAN_RIGHT + " and q.speaker_corrected = 0)"
                + " then q.confidence end) as confidence_wrong"
                + " from quote q join article a on a.id = q.article_id where " + REVIEWED + " and " + MACHINE,
                filter, " group by q.extractor_name, q.extractor_version"
                        + " order by q.extractor_name, q.extractor_version")
                .query((rs, n) -> new MachineCounts(rs.getString("extractor_name"), rs.getString("extractor_version"),
                        rs.getLong("reviewed"), rs.getLong("rejected"), rs.getLong("span_right"),
                        rs.getLong("span_wrong"), rs.getLong("confirmed"), rs.getLong("speaker_corrected"),
                        rs.getLong("speaker_right"), rs.getLong("speaker_wrong"), rs.getLong("with_speaker"),
                        new Confidence(doubleOrNull(rs, "confidence_right"), doubleOrNull(rs, "confidence_wrong"))))
                .list().forEach(m -> machine.put(key(m.extractor(), m.version()), m));
        Map<String, long[]> added = new LinkedHashMap<>();
        Map<String, String[]> addedVersions = new HashMap<>();
        filtered("select a.extractor_name, a.extractor_version, count(*) as added,"
                + sum("q.speaker_id is not null") + " as with_speaker"
                + " from quote q join article a on a.id = q.article_id where " + REVIEWED + " and " + ADDED,
                filter, " group by a.extractor_name, a.extractor_version")
                .query((rs, n) -> {
                    String k = key(rs.getString("extractor_name"), rs.getString("extractor_version"));
                    added.put(k, new long[] {rs.getLong("added"), rs.getLong("with_speaker")});
                    addedVersions.put(k, new String[] {rs.getString("extractor_name"),
                            rs.getString("extractor_version")});
                    return k;
                }).list();

        Set<String> keys = new LinkedHashSet<>(machine.keySet());
        keys.addAll(added.keySet());
        List<VersionAccuracy> out = new ArrayList<>();
        for (String k : keys) {
            MachineCounts m = machine.getOrDefault(k, MachineCounts.NONE);
            long[] a = added.getOrDefault(k, new long[2]);
            String[] names = m != MachineCounts.NONE ? new String[] {m.extractor(), m.version()} : addedVersions.get(k);
            Counts counts = new Counts(m.reviewed(), m.confirmed(), m.spanWrong(), m.speakerCorrected(),
                    m.rejected(), a[0]);
            Figures span = new Figures(m.spanRight(), m.rejected() + m.spanWrong(), m.spanWrong() + a[0]);
            long realWithSpeaker = m.withSpeaker() + a[1];
            Figures speaker = new Figures(m.speakerRight(), m.speakerWrong(), realWithSpeaker - m.speakerRight());
            out.add(new VersionAccuracy(names[0], names[1], counts, span, speaker, m.confidence()));
        }
        out.sort(Comparator.comparing(VersionAccuracy::extractor, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(VersionAccuracy::version, ExtractorAccuracy::compareVersions));
        return out;
    }

    /** "1.9" before "1.10": versions compared number by number, not as text (the database orders them as text). */
    static int compareVersions(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The quotes reviewers did not take as suggested, most recently reviewed first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public CasePage cases(Filter filter, int offset, int limit) {
        Objects.requireNonNull(filter);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit at least 1");
        }
        String which = " from quote q join article a on a.id = q.article_id left join speaker s on s.id = q.speaker_id"
                + " where " + REVIEWED + " and (" + ADDED + " or " + MACHINE + " and (q.status = 'REJECTED'"
                + " or q.speaker_corrected = 1 or not (" + SPAN_RIGHT + ")))";
        long total = filtered("select count(*)" + which, filter, "").query(Long.class).single();
        List<CaseRow> rows = filtered("select q.id, q.article_id, a.title, q.extractor_name, q.extractor_version,"
                + " a.extractor_name as article_extractor, a.extractor_version as article_version, q.status,"
                + " q.start_offset, q.end_offset, q.text, s.canonical_name, q.machine_start_offset,"
                + " q.machine_end_offset, q.machine_speaker, q.speaker_corrected, q.reviewed_by, q.reviewed_at" + which,
                filter, " order by q.reviewed_at desc, q.id desc limit " + limit + " offset " + offset)
                .query(ExtractorAccuracy::caseRow).list();
        if (rows.isEmpty()) {
            return new CasePage(List.of(), offset, limit, total);
        }
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("select id, original_text from article where id in (:ids)")
                .param("ids", rows.stream().map(CaseRow::articleId).distinct().toList())
                .query((rs, n) -> texts.put(rs.getLong("id"), rs.getString("original_text"))).list();
        Map<Long, List<String[]>> reviews = new HashMap<>();
        jdbc.sql("select quote_id, reviewer, reason from review where quote_id in (:ids)"
                        + " and action in ('CORRECT', 'REJECT', 'ADD') order by created_at, id")
                .param("ids", rows.stream().map(CaseRow::id).toList())
                .query((rs, n) -> reviews.computeIfAbsent(rs.getLong("quote_id"), k -> new ArrayList<>())
                        .add(new String[] {rs.getString("reviewer"), rs.getString("reason")})).list();
        List<Case> cases = rows.stream().map(r -> r.toCase(texts.get(r.articleId()),
                reviews.getOrDefault(r.id(), List.of()))).toList();
        return new CasePage(cases, offset, limit, total);
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    private record MachineCounts(String extractor, String version, long reviewed, long rejected, long spanRight,
                                 long spanWrong, long confirmed, long speakerCorrected, long speakerRight,
                                 long speakerWrong, long withSpeaker, Confidence confidence) {
        static final MachineCounts NONE = new MachineCounts(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                new Confidence(null, null));
    }

    private record CaseRow(long id, long articleId, String title, String extractor, String status,
                           int start, int end, String text, String speaker, Integer machineStart, Integer machineEnd,
                           String machineSpeaker, boolean speakerCorrected, String reviewedBy, Instant reviewedAt) {

        Case toCase(String articleText, List<String[]> reviews) {
            boolean added = machineStart == null;
            CaseKind kind;
            if (added) {
                kind = CaseKind.MISSED;
            } else if ("REJECTED".equals(status)) {
                kind = CaseKind.REJECTED;
            } else {
                boolean spanWrong = !sameSpan(start, end, machineStart, machineEnd);
                kind = spanWrong && speakerCorrected ? CaseKind.SPAN_AND_SPEAKER
                        : spanWrong ? CaseKind.SPAN : CaseKind.SPEAKER;
            }
            Attribution machine = added ? null : new Attribution(machineStart, machineEnd,
                    articleText == null ? null : articleText.substring(machineStart, machineEnd), machineSpeaker);
            Attribution reviewer = kind == CaseKind.REJECTED ? null : new Attribution(start, end, text, speaker);
            Set<String> who = new LinkedHashSet<>();
            List<String> why = new ArrayList<>();
            for (String[] review : reviews) {
                who.add(review[0]);
                if (review[1] != null && !review[1].isBlank()) {
                    why.add(review[1].strip());
                }
            }
            if (who.isEmpty() && reviewedBy != null) {
                who.add(reviewedBy);
            }
            return new Case(id, articleId, title, extractor, kind, machine, reviewer, String.join(", ", who),
                    reviewedAt, why.isEmpty() ? null : String.join("; ", why));
        }
    }

    /** Whether two spans share at least {@link #SPAN_OVERLAP} of their union; the SQL above says the same. */
    static boolean sameSpan(int start, int end, int otherStart, int otherEnd) {
        int shared = Math.min(end, otherEnd) - Math.max(start, otherStart);
        int union = Math.max(end, otherEnd) - Math.min(start, otherStart);
        return shared >= SPAN_OVERLAP * union;
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        boolean added = rs.getObject("machine_start_offset") == null;
        String extractor = added ? label(rs.getString("article_extractor"), rs.getString("article_version"))
                : label(rs.getString("extractor_name"), rs.getString("extractor_version"));
        LocalDateTime at = rs.getObject("reviewed_at", LocalDateTime.class);
        return new CaseRow(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"), extractor,
                rs.getString("status"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"),
                rs.getString("canonical_name"), added ? null : rs.getInt("machine_start_offset"),
                added ? null : rs.getInt("machine_end_offset"), rs.getString("machine_speaker"),
                rs.getBoolean("speaker_corrected"), rs.getString("reviewed_by"),
                // stored as UTC (hibernate.jdbc.time_zone), whatever this JVM's time zone is
                at == null ? null : at.toInstant(ZoneOffset.UTC));
    }

    private static String label(String extractor, String version) {
        return new VersionAccuracy(extractor, version, null, null, null, null).label();
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private JdbcClient.StatementSpec filtered(String select, Filter filter, String rest) {
        StringBuilder sql = new StringBuilder(select);
        Map<String, Object> params = new HashMap<>();
        if (filter.publisher() != null) {
            sql.append(" and a.publisher = :publisher");
            params.put("publisher", filter.publisher());
        }
        if (filter.reviewedFrom() != null) {
            sql.append(" and q.reviewed_at >= :from");
            params.put("from", filter.reviewedFrom().atStartOfDay());
        }
        if (filter.reviewedTo() != null) {
            sql.append(" and q.reviewed_at < :to");
            params.put("to", filter.reviewedTo().plusDays(1).atStartOfDay());
        }
        return jdbc.sql(sql.append(rest).toString()).params(params);
    }

    private static String sum(String condition) {
        return " sum(case when " + condition + " then 1 else 0 end)";
    }

    private static String key(String extractor, String version) {
        return extractor + "\u0000" + version;
    }
}
