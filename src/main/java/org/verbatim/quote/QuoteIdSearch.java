package org.verbatim.quote;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search for the API, answering quote ids: their words and their articles' titles, optionally narrowed by status or speaker. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class QuoteIdSearch {

    /** One page of quote ids, best match first, and how many quotes match in all. */
    public record Result(long total, List<Long> quoteIds) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * @param words   simple query syntax: words must all occur ({@code +}, {@code |}, {@code -}, {@code "phrases"}, {@code *})
     * @param speaker words of the speaker's name or alias, or {@code null}
     */
    public Result search(String words, ReviewStatus status, String speaker, int offset, int limit) {
        var result = Search.session(em).search(Quote.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(f.simpleQueryString().field("text").boost(2f).field("article.title")
                            .matching(words).defaultOperator(BooleanOperator.AND));
                    if (status != null) {
                        b.filter(f.match().field("status").matching(status));
                    }
                    if (speaker != null && !speaker.isBlank()) {
                        b.filter(f.match().field("speaker.canonicalName").field("speaker.aliases").matching(speaker));
                    }
                }))
                .fetch(offset, limit);
        return new Result(result.total().hitCount(), result.hits());
    }
}
