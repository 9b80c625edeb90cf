package org.verbatim.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.article.Article;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.Review;
import org.verbatim.security.Role;

/**
 * Reads the audit history Envers keeps: a quote's timeline from the machine's suggestion through every change, and an
 * article's quotes merged in time order ({@link AuditLog} is the global log). Read-only, for auditors and
 * administrators.
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
            String speaker = new SpeakerNames(em, reader).at(speakerId(quote), revisionOf(last));
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

    private static Long speakerId(Quote quote) {
        return QuoteChanges.speakerId(quote);
    }

    private static Long articleId(Quote quote) {
        return QuoteChanges.articleId(quote);
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
            this.speakers = new SpeakerNames(em, reader);
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
                        : QuoteChanges.between(before, beforeRevision, q, info.getId(), review, speakers::at);
                entries.add(new TimelineEntry(info.getId(), info.getTimestamp(), info.getUsername(),
                        info.getReason(), AuditedRecord.QUOTE, q.getId(), Labels.excerpt(q.getText()), change,
                        QuoteChanges.action(change, q, review, before == null), changes));
                before = q;
                beforeRevision = info.getId();
            }
            return entries;
        }
    }
}
