package org.verbatim.quote;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "speaker")
    List<Quote> findByArticleIdOrderByStartOffset(Long articleId);

    long countByArticleId(Long articleId);

    /** Quotes by any combination of status, verdict, speaker and article ({@code null}: any), speakers loaded. */
    @Query(value = "select q from Quote q left join fetch q.speaker where (:status is null or q.status = :status)"
            + " and (:verdict is null or q.verdict = :verdict) and (:speakerId is null or q.speaker.id = :speakerId)"
            + " and (:articleId is null or q.article.id = :articleId)",
            countQuery = "select count(q) from Quote q where (:status is null or q.status = :status)"
                    + " and (:verdict is null or q.verdict = :verdict) and (:speakerId is null or q.speaker.id = :speakerId)"
                    + " and (:articleId is null or q.article.id = :articleId)")
    Page<Quote> filter(@Param("status") ReviewStatus status, @Param("verdict") Verdict verdict,
                       @Param("speakerId") Long speakerId, @Param("articleId") Long articleId, Pageable pageable);

    @EntityGraph(attributePaths = "speaker")
    List<Quote> findByIdIn(Collection<Long> ids);

    /**
     * The quote, locked until the transaction ends: concurrent reviews of one quote wait for each other here instead
     * of deadlocking later (a review's foreign key takes a shared lock on the quote that its update then needs).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quote q where q.id = :id")
    Optional<Quote> lockById(@Param("id") long id);

    /** Per article: how many quotes, and how many still pending. */
    @Query("select q.article.id as articleId, count(q) as total, "
            + "sum(case when q.status = org.verbatim.quote.ReviewStatus.PENDING then 1 else 0 end) as pending "
            + "from Quote q where q.article.id in :ids group by q.article.id")
    List<ArticleProgress> progressOf(@Param("ids") List<Long> articleIds);

    interface ArticleProgress {
        Long getArticleId();

        Long getTotal();

        Long getPending();
    }
}
