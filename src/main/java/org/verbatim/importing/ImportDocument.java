package org.verbatim.importing;

import java.io.IOException;

import org.verbatim.extraction.UnreadableArticleException;

/** One article to import, named for the summary, and read only when a worker thread gets to it. */
public interface ImportDocument {

    /** Where the article comes from, as the summary names it: a file, or a file and line. */
    String source();

    Loaded load() throws UnreadableArticleException, IOException;

    /** The article's text as it will be stored, and what its source says about it. */
    record Loaded(String text, ArticleImporter.Details details) {
    }
}
