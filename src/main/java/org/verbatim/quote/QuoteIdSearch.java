package org.verbatim.quote;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.util.common.SearchException;
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

    /** The longest query, the most words with a wildcard, and how deep results can be paged through. */
    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_WILDCARDS = 10;
    public static final int MAX_RESULTS = 10_000;

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
        requireBounded(words, offset, limit);
        try {
            return run(words, status, speaker, offset, limit);
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("q: too broad to search (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); use fewer or longer words", e);
        }
    }

    /** Query complexity is bounded before the index is asked: a thousand wildcards would expand without end. */
    private static void requireBounded(String words, int offset, int limit) {
        if (words.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("q: at most " + MAX_QUERY_LENGTH + " characters (" + words.length()
                    + " given); keep the words that matter");
        }
        long wildcards = Arrays.stream(words.split("\\s+")).filter(w -> w.contains("*")).count();
        if (wildcards > MAX_WILDCARDS) {
            throw new IllegalArgumentException("q: at most " + MAX_WILDCARDS + " words with * (" + wildcards
                    + " given)");
        }
        if (offset < 0 || limit < 1 || (long) offset + limit > MAX_RESULTS) {
            throw new IllegalArgumentException("page: only the best " + MAX_RESULTS + " matches can be paged through;"
                    + " narrow the search");
        }
    }

    private Result run(String words, ReviewStatus status, String speaker, int offset, int limit) {
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
