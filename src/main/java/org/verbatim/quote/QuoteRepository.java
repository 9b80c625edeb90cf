package org.verbatim.quote;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "speaker")
    List<Quote> findByArticleIdOrderByStartOffset(Long articleId);

    long countByArticleId(Long articleId);

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
