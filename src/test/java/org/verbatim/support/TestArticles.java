package org.verbatim.support;

import java.util.List;

import org.springframework.stereotype.Component;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.quote.Quote;

/** Object mother for articles: each call imports a new article (a unique text). */
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

    /** Two direct quotes. Needs a signed-in user who may import (fact-checker, editor or admin). */
    public Imported harbourStory() {
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Harbour Minister Lena Morvath spoke on Tuesday in Portvale " + marker + ".\n\n"
                + "“The harbour will reopen to fishing boats next spring,” Morvath told reporters.\n\n"
                + "Opposition leader Tomas Brell disagreed. “Nothing has been repaired,” he said.\n";
        ImportOutcome outcome = importer.importText(text, ArticleImporter.Details.none("harbour-" + marker));
        return new Imported(outcome.articleId(), text, catalog.quotesOf(outcome.articleId()));
    }

    /**
     * Three direct quotes, two of them the mayor's ("The first trams will run…", "Tickets will stay…") and one the
     * opposition councillor's ("Nobody has costed the depot"), and a protest chant ("Trams for the east side, not
     * tolls for the rest of us") that the extractor takes for a quote of the protesters. Needs a signed-in user who may import.
     */
    public Imported tramlineVote(String publisher) {
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Tramline vote splits Brannock council\n\n"
                + "Mayor Odile Varga presented the tramline plan on Monday in Brannock " + marker + ".\n\n"
                + "“The first trams will run before the end of next year,” Varga told the council.\n\n"
                + "Councillor Piet Hallbeck, who leads the opposition, was not convinced. “Nobody has costed the"
                + " depot,” Hallbeck said.\n\n"
                + "“Tickets will stay at one euro for pensioners,” Varga added.\n\n"
                + "Protesters outside the town hall chanted “Trams for the east side, not tolls for the rest of us” as the meeting began.\n";
        ImportOutcome outcome = importer.importText(text, new ArticleImporter.Details("Tramline vote " + marker,
                publisher, null, null, "tramline-" + marker));
        return new Imported(outcome.articleId(), text, catalog.quotesOf(outcome.articleId()));
    }
}
