package org.verbatim.base.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link Analyzers} for the Lucene backend, which has no built-in "english". A named bean:
 * {@code hibernate.search.backend.analysis.configurer=bean:luceneAnalysis}. The same chains also make analyzers
 * outside any index ({@link #standalone}): with a search cluster, Verbatim still reads a person's words and a
 * statement's terms exactly as the cluster's index does.
 */
@Component("luceneAnalysis")
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    /** One part of a chain: a Lucene factory's name and its parameters (name, value, name, value, ...). */
    private record Part(boolean charFilter, String factory, String... params) {
    }

    private static Part charFilter(String factory, String... params) {
        return new Part(true, factory, params);
    }

    private static Part filter(String factory, String... params) {
        return new Part(false, factory, params);
    }

    private static final String TOKENIZER = "standard";

    private static final List<Part> ENGLISH = List.of(
            charFilter("patternReplace", "pattern", Analyzers.DOTTED_ACRONYM, "replacement", "$1"),
            filter("englishPossessive"),
            filter("synonymGraph", "synonyms", Analyzers.ENGLISH_SYNONYMS, "ignoreCase", "false"),
            // synonyms that span several words need a flat token stream in the index
            filter("flattenGraph"),
            filter("lowercase"),
            filter("asciiFolding"),
            filter("stop"),
            filter("porterStem"));

    private static final List<Part> NAME = List.of(
            charFilter("patternReplace", "pattern", Analyzers.NAME_PUNCTUATION, "replacement", ""),
            filter("synonymGraph", "synonyms", Analyzers.ENGLISH_SYNONYMS, "ignoreCase", "false"),
            filter("flattenGraph"),
            filter("lowercase"),
            filter("asciiFolding"),
            filter("patternReplace", "pattern", Analyzers.DOUBLED_LETTER, "replacement", "$1"));

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        define(context.analyzer(Analyzers.ENGLISH).custom().tokenizer(TOKENIZER), ENGLISH);
        define(context.analyzer(Analyzers.NAME).custom().tokenizer(TOKENIZER), NAME);
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    private static void define(LuceneAnalysisOptionalComponentsStep analyzer, List<Part> chain) {
        LuceneAnalysisOptionalComponentsStep step = analyzer;
        for (Part part : chain) {
            LuceneAnalysisComponentParametersStep added = part.charFilter() ? step.charFilter(part.factory())
                    : step.tokenFilter(part.factory());
            for (int i = 0; i < part.params().length; i += 2) {
                added = added.param(part.params()[i], part.params()[i + 1]);
            }
            step = added;
        }
    }

    /**
     * The analyzer {@code name} ({@link Analyzers#ENGLISH} or {@link Analyzers#NAME}) as the Lucene backend defines
     * it, built apart from any index.
     */
    public static Analyzer standalone(String name) {
        List<Part> chain = switch (name) {
            case Analyzers.ENGLISH -> ENGLISH;
            case Analyzers.NAME -> NAME;
            default -> throw new IllegalArgumentException("No analyzer " + name);
        };
        try {
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(LuceneAnalysis.class.getClassLoader()))
                    .withTokenizer(TOKENIZER);
            for (Part part : chain) {
                if (part.charFilter()) {
                    builder.addCharFilter(part.factory(), part.params());
                } else {
                    builder.addTokenFilter(part.factory(), part.params());
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
