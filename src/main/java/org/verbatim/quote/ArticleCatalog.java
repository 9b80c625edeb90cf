package org.verbatim.quote;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;
import org.verbatim.article.WebAddress;

/** What reviewers browse: the articles with their review progress, and an article's quotes. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ArticleCatalog {

    /** An article and how far its review has come. */
    public record ArticleSummary(Long id, String title, String publisher, LocalDate publishedOn,
                                 long quotes, long pending) {
        public long done() {
            return quotes - pending;
        }
    }

    private final ArticleRepository articles;
    private final QuoteRepository quotes;

    @PersistenceContext
    private EntityManager em;

    ArticleCatalog(ArticleRepository articles, QuoteRepository quotes) {
        this.articles = articles;
        this.quotes = quotes;
    }

    /** What the article list is narrowed to; {@code null} or blank means any. */
    public record Filter(String text, String publisher, LocalDate from, LocalDate to, Progress progress) {
        public static Filter all() {
            return new Filter(null, null, null, null, Progress.ANY);
        }
    }

    public enum Progress { ANY, PENDING, DONE }

    public List<ArticleSummary> articles() {
        return articles(Filter.all(), 0, 10_000);
    }

    /** One page of articles, newest first, with their review progress. */
    public List<ArticleSummary> articles(Filter filter, int offset, int limit) {
        var query = em.createQuery("select a from Article a " + where(filter)
                + " order by a.publishedOn desc nulls last, a.importedAt desc, a.id desc", Article.class)
                .setFirstResult(offset).setMaxResults(limit);
        bind(query, filter);
        List<Article> page = query.getResultList();
        Map<Long, QuoteRepository.ArticleProgress> progress = page.isEmpty() ? Map.of()
                : quotes.progressOf(page.stream().map(Article::getId).toList()).stream()
                .collect(Collectors.toMap(QuoteRepository.ArticleProgress::getArticleId, Function.identity()));
        return page.stream().map(a -> {
            var p = progress.get(a.getId());
            return new ArticleSummary(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn(),
                    p == null ? 0 : p.getTotal(), p == null ? 0 : p.getPending());
        }).toList();
    }

    public int count(Filter filter) {
        var query = em.createQuery("select count(a) from Article a " + where(filter), Long.class);
        bind(query, filter);
        return Math.toIntExact(query.getSingleResult());
    }

    /** The publishers named on articles, for the filter. */
    public List<String> publishers() {
        return em.createQuery("select distinct a.publisher from Article a where a.publisher is not null "
                + "order by a.publisher", String.class).getResultList();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder("where 1 = 1");
        if (f.text() != null && !f.text().isBlank()) {
            w.append(" and (lower(a.title) like :text or lower(a.publisher) like :text or lower(a.sourceName) like :text)");
        }
        if (f.publisher() != null && !f.publisher().isBlank()) {
            w.append(" and a.publisher = :publisher");
        }
        if (f.from() != null) {
            w.append(" and a.publishedOn >= :from");
        }
        if (f.to() != null) {
            w.append(" and a.publishedOn <= :to");
        }
        if (f.progress() == Progress.PENDING) {
            w.append(" and exists (select 1 from Quote q where q.article = a and q.status = :pending)");
        } else if (f.progress() == Progress.DONE) {
            w.append(" and not exists (select 1 from Quote q where q.article = a and q.status = :pending)");
        }
        return w.toString();
    }

    private static void bind(jakarta.persistence.Query query, Filter f) {
        if (f.text() != null && !f.text().isBlank()) {
            query.setParameter("text", "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (f.publisher() != null && !f.publisher().isBlank()) {
            query.setParameter("publisher", f.publisher());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.progress() == Progress.PENDING || f.progress() == Progress.DONE) {
            query.setParameter("pending", ReviewStatus.PENDING);
        }
    }

    /** An article as the reader shows it: its text exactly as received, and its quotes. */
    public record ArticleReading(ArticleSummary summary, String url, String text, List<Quote> quotes) {
    }

    public ArticleReading reading(long articleId) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId));
        List<Quote> found = quotes.findByArticleIdOrderByStartOffset(articleId);
        long pending = found.stream().filter(q -> q.getStatus() == ReviewStatus.PENDING).count();
        return new ArticleReading(new ArticleSummary(article.getId(), article.getTitle(), article.getPublisher(),
                article.getPublishedOn(), found.size(), pending), WebAddress.orNull(article.getUrl()), article.getOriginalText(), found);
    }

    /** The article's quotes in reading order, with their speakers loaded. */
    public List<Quote> quotesOf(long articleId) {
        return quotes.findByArticleIdOrderByStartOffset(articleId);
    }
}
