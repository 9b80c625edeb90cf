package org.verbatim.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * The work waiting for reviewers: pending quotes, those an editor returned first, then the least certain; and reviewed
 * quotes awaiting an editor.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /** What a reviewer narrows the queue to; {@code null} means any. {@code onlyMine}: assigned to the reviewer. */
    public record Filter(Long articleId, String speaker, Double maxConfidence, String extractor, boolean onlyMine) {
        public static Filter all() {
            return new Filter(null, null, null, null, false);
        }
    }

    static final int LIMIT = 500;

    private static final String SELECT = "select new org.verbatim.review.QueueItem(q.id, q.version, a.id, a.title, "
            + "a.publishedOn, q.text, s.canonicalName, q.type, q.confidence, q.extractorName, q.assignedTo, "
            + "q.status, q.reviewedBy, q.reviewedAt, q.verdict, q.verdictNote, q.claimRating, q.claimRatingNote, "
            + Subqueries.SOURCES + ", "
            + Subqueries.RETURNED_BY + ", " + Subqueries.RETURN_COMMENT + ", " + Subqueries.CORRECTION_REASON + ") "
            + "from Quote q join q.article a left join q.speaker s ";

    /** What the quote's reviews add to a row: the latest verdict's sources, a return still waiting. */
    static final class Subqueries {
        /** The id of quote {@code q}'s latest review. */
        static final String LATEST = "(select max(l.id) from Review l where l.quoteId = q.id)";
        private static final String LATEST_VERDICT = "(select max(l.id) from Review l where l.quoteId = q.id"
                + " and l.action = org.verbatim.review.ReviewAction.VERDICT)";
        private static final String RETURN = " and r.action = org.verbatim.review.ReviewAction.RETURN"
                + " and q.status = org.verbatim.quote.ReviewStatus.PENDING";
        static final String SOURCES = "(select r.sourceLinks from Review r where r.id = " + LATEST_VERDICT + ")";
        static final String RETURNED_BY = "(select r.reviewer from Review r where r.id = " + LATEST + RETURN + ")";
        static final String RETURN_COMMENT = "(select r.reason from Review r where r.id = " + LATEST + RETURN + ")";
        static final String CORRECTION_REASON = "(select r.reason from Review r where r.id = (select max(l.id)"
                + " from Review l where l.quoteId = q.id and l.action = org.verbatim.review.ReviewAction.CORRECT))";

        private Subqueries() {
        }
    }

    @PersistenceContext
    private EntityManager em;

    private final CurrentUser currentUser;

    ReviewQueue(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public List<QueueItem> pending(Filter filter) {
        StringBuilder where = new StringBuilder("where q.status = :pending");
        if (filter.articleId() != null) {
            where.append(" and a.id = :article");
        }
        if (filter.speaker() != null && !filter.speaker().isBlank()) {
            where.append(" and (lower(s.canonicalName) like :speaker"
                    + " or exists (select 1 from Speaker s2 join s2.aliases al where s2 = s and lower(al) like :speaker))");
        }
        if (filter.maxConfidence() != null) {
            where.append(" and coalesce(q.confidence, 0) <= :confidence");
        }
        if (filter.extractor() != null && !filter.extractor().isBlank()) {
            where.append(" and q.extractorName = :extractor");
        }
        if (filter.onlyMine()) {
            // taken or given to me, or in an article given to me that nobody has taken a quote of
            where.append(" and (q.assignedTo = :me or (q.assignedTo is null and exists (select 1 from Assignment g"
                    + " where g.articleId = a.id and g.quoteId is null and g.assignee = :me)))");
        }
        TypedQuery<QueueItem> query = em.createQuery(SELECT + where
                // returns first: someone is waiting for them
                + " order by case when " + Subqueries.RETURNED_BY + " is null then 1 else 0 end,"
                + " coalesce(q.confidence, 0) asc, a.id asc, q.startOffset asc", QueueItem.class)
                .setParameter("pending", ReviewStatus.PENDING)
                .setMaxResults(LIMIT);
        if (filter.articleId() != null) {
            query.setParameter("article", filter.articleId());
        }
        if (filter.speaker() != null && !filter.speaker().isBlank()) {
            query.setParameter("speaker", "%" + filter.speaker().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.maxConfidence() != null) {
            query.setParameter("confidence", filter.maxConfidence());
        }
        if (filter.extractor() != null && !filter.extractor().isBlank()) {
            query.setParameter("extractor", filter.extractor());
        }
        if (filter.onlyMine()) {
            query.setParameter("me", currentUser.username());
        }
        return query.getResultList();
    }

    /** Confirmed or corrected quotes that no editor has approved yet, oldest review first. */
    @RolesAllowed(Role.EDITOR_NAME)
    public List<QueueItem> awaitingApproval() {
        return em.createQuery(SELECT + "where q.status in :reviewed order by q.reviewedAt asc", QueueItem.class)
                .setParameter("reviewed", List.of(ReviewStatus.CONFIRMED, ReviewStatus.CORRECTED))
                .setMaxResults(LIMIT)
                .getResultList();
    }

    /** What the desk got through in a number of days: quotes reviewed and approved, per day (UTC), oldest first. */
    public record Throughput(List<LocalDate> days, List<Long> reviewed,
                             List<Long> approved) {
        public long totalReviewed() {
            return reviewed.stream().mapToLong(Long::longValue).sum();
        }

        public long totalApproved() {
            return approved.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The last {@code days} days up to {@code today}: distinct quotes reviewed per day, and approvals per day. */
    @RolesAllowed(Role.EDITOR_NAME)
    public Throughput throughput(LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> rows = em.createQuery("select r.quoteId, r.action, r.createdAt from Review r"
                + " where r.createdAt >= :since", Object[].class).setParameter("since", since).getResultList();
        List<LocalDate> dayList = new ArrayList<>();
        Map<LocalDate, Set<Long>> reviewed = new HashMap<>();
        Map<LocalDate, Long> approved = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = ((Instant) row[2]).atZone(ZoneOffset.UTC).toLocalDate();
            if (row[1] == ReviewAction.APPROVE) {
                approved.merge(day, 1L, Long::sum);
            } else if (row[1] != ReviewAction.RETURN) {
                reviewed.computeIfAbsent(day, d -> new HashSet<>()).add((Long) row[0]);
            }
        }
        List<Long> reviewedPerDay = new ArrayList<>();
        List<Long> approvedPerDay = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            dayList.add(d);
            reviewedPerDay.add((long) reviewed.getOrDefault(d, Set.of()).size());
            approvedPerDay.add(approved.getOrDefault(d, 0L));
        }
        return new Throughput(dayList, reviewedPerDay, approvedPerDay);
    }

    /** The extractors whose suggestions are in the database, for the queue's filter. */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public List<String> extractors() {
        return em.createQuery("select distinct q.extractorName from Quote q where q.extractorName is not null "
                + "order by q.extractorName", String.class).getResultList();
    }
}
