package org.verbatim.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For any quote, the most similar statements in other articles, and the words they share. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RelatedStatements {

    public record Related(QuoteCard card, double score, List<String> sharedWords) {
    }

    private final StatementIndex index;

    RelatedStatements(StatementIndex index) {
        this.index = index;
    }

    public List<Related> relatedTo(long quoteId, int limit) {
        Statement source = index.statement(quoteId)
                .orElseThrow(() -> new IllegalArgumentException("This quote is not in the search index"));
        StatementQueries q = index.queries();
        List<StatementIndex.Hit> hits = index.hits(f -> f.bool()
                .must(q.likeThis(f, source.text()))
                .mustNot(f.match().field("article.id").matching(source.articleId())), limit);
        Map<Long, QuoteCard> cards = new HashMap<>();
        index.cards(hits.stream().map(h -> h.statement().quoteId()).toList()).forEach(c -> cards.put(c.quoteId(), c));
        List<Related> out = new ArrayList<>();
        for (StatementIndex.Hit h : hits) {
            QuoteCard card = cards.get(h.statement().quoteId());
            if (card != null) {
                out.add(new Related(card, h.score(), q.sharedWords(source.text(), h.statement().text())));
            }
        }
        return out;
    }
}
