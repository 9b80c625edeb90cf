package org.verbatim.quote;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;

/** What reviewers browse: the articles with their review progress, and an article's quotes. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ArticleCatalog {

    /** An article and how far its review has come. */
    public record ArticleSummary(Long id, String title, String publisher, java.time.LocalDate publishedOn,
                                 long quotes, long pending) {
        public long done() {
            return quotes - pending;
        }
    }

    private final ArticleRepository articles;
    private final QuoteRepository quotes;

    ArticleCatalog(ArticleRepository articles, QuoteRepository quotes) {
        this.articles = articles;
        this.quotes = quotes;
    }

    public List<ArticleSummary> articles() {
        List<Article> all = articles.findAll(Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.asc("title")));
        Map<Long, QuoteRepository.ArticleProgress> progress = all.isEmpty() ? Map.of()
                : quotes.progressOf(all.stream().map(Article::getId).toList()).stream()
                .collect(Collectors.toMap(QuoteRepository.ArticleProgress::getArticleId, Function.identity()));
        return all.stream().map(a -> {
            var p = progress.get(a.getId());
            return new ArticleSummary(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn(),
                    p == null ? 0 : p.getTotal(), p == null ? 0 : p.getPending());
        }).toList();
    }

    /** The article's quotes in reading order, with their speakers loaded. */
    public List<Quote> quotesOf(long articleId) {
        return quotes.findByArticleIdOrderByStartOffset(articleId);
    }
}
