package org.verbatim.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.security.Role;

/** The audit history Envers keeps: one quote's revisions, and every revision of everything for auditors. */
@Service
public class AuditTrail {

    /** A quote as one revision left it, with who made that revision, when and why. */
    public record QuoteRevision(long revision, Instant at, String username, String reason, String change,
                                ReviewStatus status, Verdict verdict, String verdictNote, QuoteType type,
                                int start, int end, String text, Long speakerId, String speakerName) {
    }

    /** One audited change of one entity. {@code change} is ADD, MOD or DEL. */
    public record Entry(long revision, Instant at, String username, String entity, String id, String change,
                        String reason) {
    }

    @PersistenceContext
    private EntityManager em;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first; the first revision is the extractor's suggestion. Empty for an unknown quote. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuoteRevision> quoteHistory(long quoteId) {
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Quote.class, false, true)
                .add(AuditEntity.id().eq(quoteId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<QuoteRevision> history = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Quote q = (Quote) r[0];
            RevisionInfo info = (RevisionInfo) r[1];
            RevisionType type = (RevisionType) r[2];
            var speaker = q.getSpeaker();
            history.add(new QuoteRevision(info.getId(), info.getTimestamp(), info.getUsername(), info.getReason(),
                    type.name(), q.getStatus(), q.getVerdict(), q.getVerdictNote(), q.getType(), q.getStartOffset(),
                    q.getEndOffset(), q.getText(), speaker == null ? null : speaker.getId(),
                    speaker == null ? null : speaker.getCanonicalName()));
        }
        return history;
    }

    /**
     * Every audited change, oldest first, handed to {@code each} one at a time (the log can be large). Covers every
     * {@code _aud} table, including those added later.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public void eachEntry(Consumer<Entry> each) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = database()"
                + " and table_name like '%\\_aud' order by table_name").query(String.class).list();
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                    + " where table_schema = database() and table_name = ? order by ordinal_position")
                    .param(table).query(String.class).list().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            String id = columns.contains("id") ? "id" : columns.stream().filter(c -> c.endsWith("_id")).findFirst()
                    .orElse(null);
            if (id == null || !columns.contains("rev") || !columns.contains("revtype")) {
                continue;
            }
            String entity = table.substring(0, table.length() - 4).toLowerCase(Locale.ROOT);
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select a.rev, a.revtype, cast(a.").append(id).append(" as char) as entity_id, '")
                    .append(entity).append("' as entity from `").append(table).append("` a");
        }
        if (sql.isEmpty()) {
            return;
        }
        String query = "select r.id, r.timestamp, r.username, r.reason, e.entity, e.entity_id, e.revtype from ("
                + sql + ") e join revision_info r on r.id = e.rev order by r.id, e.entity, e.entity_id";
        jdbc.sql(query).query(rs -> {
            int revtype = rs.getInt("revtype");
            each.accept(new Entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                    rs.getString("entity"), rs.getString("entity_id"),
                    revtype == 0 ? "ADD" : revtype == 1 ? "MOD" : revtype == 2 ? "DEL" : String.valueOf(revtype),
                    rs.getString(4)));
        });
    }
}
