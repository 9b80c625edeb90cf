package org.verbatim.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.audit.AuditTables.Row;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.base.csv.Csv;
import org.verbatim.quote.Quote;
import org.verbatim.review.Review;
import org.verbatim.review.ReviewAction;
import org.verbatim.security.Role;

/**
 * The global log of every audited change, newest first, and its CSV download. Each action is one entry: a reviewer's
 * step on a quote is the quote's entry, named by the step ("Confirmed", "Verdict recorded") with its review's sources,
 * rather than a quote row and a review row. Records are named as people know them (a quote by its words and speaker,
 * a speaker by name, an article by title), and quote entries carry each field's from → to. Read-only, for auditors and
 * administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final int CSV_CHUNK = 2_000;

    private final EntityManager em;
    private volatile AuditTables tables;

    AuditLog(EntityManager em) {
        this.em = em;
    }

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
        return tables().count(em, Objects.requireNonNull(filter));
    }

    /** The user names that appear in the history, for the log's filter. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<String> actors() {
        return em.createQuery("select distinct r.username from RevisionInfo r where r.username is not null "
                + "order by r.username", String.class).getResultList();
    }

    /** Writes every entry the filter selects, newest first, as CSV with a header row: what the screen shows. */
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
            csv.row("Revision", "Time (UTC)", "User", "Record", "Record id", "Change", "Action", "Subject", "Changes",
                    "Quote", "Article", "Reason");
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
                em.clear();     // the audited states read for this chunk are not needed again
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsvRows(Csv csv, List<AuditLogEntry> entries) {
        for (AuditLogEntry e : entries) {
            csv.row(Long.toString(e.revision()), DateTimeFormatter.ISO_INSTANT.format(e.at()),
                    e.username(), e.record().label(), Long.toString(e.recordId()), e.change().label(), e.action(),
                    e.detail(), e.changes().stream().map(FieldChange::toString).collect(Collectors.joining("\n")),
                    e.quoteId() == null ? "" : e.quoteId().toString(),
                    e.articleId() == null ? "" : e.articleId().toString(), e.reason());
        }
    }

    // --- reading the audit tables ---------------------------------------------------------------------------------

    /**
     * Entries newest first; {@code fromRevision} (inclusive) and {@code beforeRevision} (exclusive) bound the
     * revisions when given.
     */
    private List<AuditLogEntry> page(AuditReader reader, AuditLogFilter filter, Long fromRevision,
                                     Long beforeRevision, int offset, int limit) {
        List<Row> window = tables().rows(em, filter, fromRevision, beforeRevision, offset, limit);
        return new Naming(reader, window).entries();
    }

    /** The audit tables as mapped, read once the persistence unit is up. */
    private AuditTables tables() {
        AuditTables t = tables;
        if (t == null) {
            Map<AuditedRecord, List<String>> naming = new EnumMap<>(AuditedRecord.class);
            for (AuditedRecord type : AuditedRecord.values()) {
                naming.put(type, namingProperties(type));
            }
            t = new AuditTables(em, naming);
            tables = t;
        }
        return t;
    }

    /** Properties that name a record in the log, read in the same query (no lookup per row). */
    private static List<String> namingProperties(AuditedRecord type) {
        return switch (type) {
            case QUOTE -> List.of();
            case REVIEW -> List.of("quoteId", "action");
            case SPEAKER -> List.of("canonicalName");
            case ARTICLE -> List.of("title");
            case USER -> List.of("username");
            case SIGN_IN_LOCKOUT -> List.of("subject");
            case ASSIGNMENT -> List.of("assignee", "dueOn", "articleId", "quoteId");
            case COMMENT -> List.of("quoteId", "author");
        };
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    /**
     * Turns a window of audit rows into entries, reading what names them a window at a time: the quotes' audited
     * states (to name them and compare each with the one before), the reviews written with them, their articles and
     * their speakers' names (as they are now: a name per row as it was then would cost a query per row).
     */
    private final class Naming {

        private final AuditReader reader;
        private final List<Row> window;
        private final Map<Long, List<Object[]>> quoteRevisions = new HashMap<>();
        private final Map<String, Review> reviews = new HashMap<>();
        private final Map<Long, Long> articleOfQuote = new HashMap<>();
        private final Map<Long, RevisionInfo> revisions = new HashMap<>();
        private final SpeakerNames speakers;

        Naming(AuditReader reader, List<Row> window) {
            this.reader = reader;
            this.window = window;
            this.speakers = new SpeakerNames(em, reader);
        }

        List<AuditLogEntry> entries() {
            if (window.isEmpty()) {
                return List.of();
            }
            Set<Number> revisionIds = new HashSet<>();
            window.forEach(r -> revisionIds.add(r.revision()));
            reader.findRevisions(RevisionInfo.class, revisionIds).values().forEach(ri -> revisions.put(ri.getId(), ri));
            Set<Long> quoteIds = new HashSet<>();
            for (Row r : window) {
                if (r.type() == AuditedRecord.QUOTE) {
                    quoteIds.add(r.id());
                } else if (r.type() == AuditedRecord.REVIEW || r.type() == AuditedRecord.COMMENT) {
                    quoteIds.add((Long) r.properties()[0]);
                }
            }
            readQuotes(quoteIds);
            return window.stream().map(this::entry).toList();
        }

        private void readQuotes(Set<Long> quoteIds) {
            if (quoteIds.isEmpty()) {
                return;
            }
            long newest = window.getFirst().revision();
            long oldest = window.getLast().revision();
            @SuppressWarnings("unchecked")
            List<Object[]> states = reader.createQuery().forRevisionsOfEntity(Quote.class, false, true)
                    .add(AuditEntity.id().in(quoteIds))
                    .add(AuditEntity.revisionNumber().le(newest))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            Set<Long> speakerIds = new HashSet<>();
            for (Object[] state : states) {
                Quote q = (Quote) state[0];
                quoteRevisions.computeIfAbsent(q.getId(), id -> new ArrayList<>()).add(state);
                articleOfQuote.putIfAbsent(q.getId(), QuoteChanges.articleId(q));
                speakerIds.add(QuoteChanges.speakerId(q));
            }
            speakers.loadLatest(speakerIds);
            @SuppressWarnings("unchecked")
            List<Object[]> written = reader.createQuery().forRevisionsOfEntity(Review.class, false, true)
                    .add(AuditEntity.property("quoteId").in(quoteIds))
                    .add(AuditEntity.revisionNumber().between(oldest, newest))
                    .add(AuditEntity.revisionType().eq(RevisionType.ADD))
                    .getResultList();
            for (Object[] row : written) {
                Review review = (Review) row[0];
                reviews.put(review.getQuoteId() + "@" + ((RevisionInfo) row[1]).getId(), review);
            }
        }

        private AuditLogEntry entry(Row r) {
            RevisionInfo info = revisions.get(r.revision());
            return switch (r.type()) {
                case QUOTE -> quoteEntry(r, info);
                case REVIEW -> reviewEntry(r, info);
                case SPEAKER, ARTICLE, USER, SIGN_IN_LOCKOUT -> new AuditLogEntry(r.revision(), info.getTimestamp(),
                        info.getUsername(), info.getReason(), r.type(), r.id(), r.change(),
                        r.type().label() + " " + r.change().label(),
                        r.properties()[0] == null ? "" : r.properties()[0].toString(), List.of(), null,
                        r.type() == AuditedRecord.ARTICLE ? Long.valueOf(r.id()) : null);
                case ASSIGNMENT -> assignmentEntry(r, info);
                case COMMENT -> {
                    Long quoteId = (Long) r.properties()[0];
                    yield new AuditLogEntry(r.revision(), info.getTimestamp(), info.getUsername(), info.getReason(),
                            r.type(), r.id(), r.change(), r.type().label() + " " + r.change().label(),
                            "Quote " + quoteId + " by " + r.properties()[1], List.of(), quoteId,
                            articleOfQuote.get(quoteId));
                }
            };
        }

        /** "Article 12 to fiona, due 2026-12-05", with the article and quote it concerns. */
        private AuditLogEntry assignmentEntry(Row r, RevisionInfo info) {
            Object[] p = r.properties();
            Long articleId = (Long) p[2];
            Long quoteId = (Long) p[3];
            String subject = (quoteId == null ? "Article " + articleId : "Quote " + quoteId) + " to " + p[0]
                    + (p[1] == null ? "" : ", due " + p[1]);
            return new AuditLogEntry(r.revision(), info.getTimestamp(), info.getUsername(), info.getReason(),
                    r.type(), r.id(), r.change(), r.type().label() + " " + r.change().label(), subject, List.of(),
                    quoteId, articleId);
        }

        private AuditLogEntry quoteEntry(Row r, RevisionInfo info) {
            Quote now = null;
            Quote before = null;
            long beforeRevision = 0;
            for (Object[] state : quoteRevisions.getOrDefault(r.id(), List.of())) {
                long rev = ((RevisionInfo) state[1]).getId();
                if (rev == r.revision()) {
                    now = (Quote) state[0];
                    break;
                }
                before = (Quote) state[0];
                beforeRevision = rev;
            }
            if (now == null) {   // not readable (cannot happen while the audit tables are whole)
                return new AuditLogEntry(r.revision(), info.getTimestamp(), info.getUsername(), info.getReason(),
                        r.type(), r.id(), r.change(), "Quote " + r.change().label(), "", List.of(), r.id(),
                        articleOfQuote.get(r.id()));
            }
            Review review = reviews.get(r.id() + "@" + r.revision());
            List<FieldChange> changes = r.change() == ChangeKind.DELETED ? List.of()
                    : QuoteChanges.between(before, beforeRevision, now, r.revision(), review,
                    (speakerId, revision) -> speakers.latest(speakerId));
            return new AuditLogEntry(r.revision(), info.getTimestamp(), info.getUsername(), info.getReason(),
                    r.type(), r.id(), r.change(), QuoteChanges.action(r.change(), now, review, before == null),
                    nameOf(now), changes, r.id(), articleOfQuote.get(r.id()));
        }

        private AuditLogEntry reviewEntry(Row r, RevisionInfo info) {
            Long quoteId = (Long) r.properties()[0];
            Review review = reviews.get(quoteId + "@" + r.revision());
            List<Object[]> states = quoteRevisions.getOrDefault(quoteId, List.of());
            Quote quote = null;
            for (Object[] state : states) {
                if (((RevisionInfo) state[1]).getId() <= r.revision()) {
                    quote = (Quote) state[0];
                }
            }
            List<FieldChange> changes = new ArrayList<>();
            if (review != null) {
                Diff.of(changes, "Verdict", null, Labels.of(review.getVerdict()), true);
                Diff.of(changes, "Note", null, review.getNote(), true);
                Diff.of(changes, "Sources", null, review.getSourceLinks(), true);
            }
            return new AuditLogEntry(r.revision(), info.getTimestamp(), info.getUsername(), info.getReason(),
                    r.type(), r.id(), r.change(), Labels.of((ReviewAction) r.properties()[1]),
                    quote == null ? "quote " + quoteId : nameOf(quote), changes, quoteId, articleOfQuote.get(quoteId));
        }

        /** A quote as people recognise it: its first words and who said them. */
        private String nameOf(Quote quote) {
            String speaker = speakers.latest(QuoteChanges.speakerId(quote));
            return "“" + Labels.excerpt(quote.getText()) + "”" + (speaker == null ? "" : " — " + speaker);
        }
    }
}
