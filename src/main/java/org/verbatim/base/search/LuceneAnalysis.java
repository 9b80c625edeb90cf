package org.verbatim.base.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link Analyzers} for the Lucene backend, which has no built-in "english". */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(Analyzers.NAME).custom()
                .tokenizer("standard")
                .charFilter("patternReplace").param("pattern", "['’`ʼ‘-]").param("replacement", "")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
