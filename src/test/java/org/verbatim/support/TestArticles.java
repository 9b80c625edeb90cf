package org.verbatim.support;

import java.util.List;

import org.springframework.stereotype.Component;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.quote.Quote;

/** Object mother for articles: each call imports a new article (a unique text) with two direct quotes. */
@Component
public class TestArticles {

    private final ArticleImporter importer;
    private final ArticleCatalog catalog;

    TestArticles(ArticleImporter importer, ArticleCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    public record Imported(long articleId, String text, List<Quote> quotes) {
    }

    /** Needs a signed-in user who may import (fact-checker, editor or admin). */
    public Imported harbourStory() {
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Harbour Minister Lena Morvath spoke on Tuesday in Portvale " + marker + ".\n\n"
                + "“The harbour will reopen to fishing boats next spring,” Morvath told reporters.\n\n"
                + "Opposition leader Tomas Brell disagreed. “Nothing has been repaired,” he said.\n";
        ImportOutcome outcome = importer.importText(text, ArticleImporter.Details.none("harbour-" + marker));
        return new Imported(outcome.articleId(), text, catalog.quotesOf(outcome.articleId()));
    }
}
