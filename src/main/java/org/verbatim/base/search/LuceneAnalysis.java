package org.verbatim.base.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link Analyzers} for the Lucene backend, which has no built-in "english". A named bean:
 * {@code hibernate.search.backend.analysis.configurer=bean:luceneAnalysis}.
 */
@Component("luceneAnalysis")
public class LuceneAnalysis implements LuceneAnalysisConfigurer {
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .charFilter("patternReplace").param("pattern", Analyzers.DOTTED_ACRONYM).param("replacement", "$1")
                .tokenFilter("englishPossessive")
                .tokenFilter("synonymGraph").param("synonyms", Analyzers.ENGLISH_SYNONYMS)
                        .param("ignoreCase", "false")
                // synonyms that span several words need a flat token stream in the index
                .tokenFilter("flattenGraph")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(Analyzers.NAME).custom()
                .tokenizer("standard")
                .charFilter("patternReplace").param("pattern", Analyzers.NAME_PUNCTUATION).param("replacement", "")
                .tokenFilter("synonymGraph").param("synonyms", Analyzers.ENGLISH_SYNONYMS)
                        .param("ignoreCase", "false")
                .tokenFilter("flattenGraph")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("patternReplace").param("pattern", Analyzers.DOUBLED_LETTER).param("replacement", "$1");
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
