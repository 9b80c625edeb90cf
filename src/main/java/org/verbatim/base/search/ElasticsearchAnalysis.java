package org.verbatim.base.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link Analyzers} for Elasticsearch and OpenSearch, built from the same parts as
 * {@link LuceneAnalysis} so that both backends tokenize alike. The synonym rules travel inline: a search cluster
 * cannot read our classpath. Chosen by {@code VERBATIM_SEARCH_BACKEND=elasticsearch}.
 */
@Component("elasticsearchAnalysis")
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String DOTTED_ACRONYMS = "vb_dotted_acronyms";
    static final String NAME_PUNCTUATION = "vb_name_punctuation";
    static final String ENGLISH_SYNONYMS = "vb_english_synonyms";
    static final String ENGLISH_STOP = "vb_english_stop";
    static final String ENGLISH_STEMMER = "vb_english_stemmer";
    static final String DOUBLED_LETTERS = "vb_doubled_letters";
    static final String POSSESSIVE = "vb_english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(DOTTED_ACRONYMS).type("pattern_replace")
                .param("pattern", Analyzers.DOTTED_ACRONYM).param("replacement", "$1");
        context.charFilter(NAME_PUNCTUATION).type("pattern_replace")
                .param("pattern", Analyzers.NAME_PUNCTUATION).param("replacement", "");
        context.tokenFilter(ENGLISH_SYNONYMS).type("synonym")
                .param("synonyms", Analyzers.englishSynonymRules().toArray(String[]::new))
                .param("lenient", false);
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(ENGLISH_STOP).type("stop").param("stopwords", "_english_");
        context.tokenFilter(ENGLISH_STEMMER).type("stemmer").param("language", "porter");
        context.tokenFilter(DOUBLED_LETTERS).type("pattern_replace")
                .param("pattern", Analyzers.DOUBLED_LETTER).param("replacement", "$1");

        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .charFilters(DOTTED_ACRONYMS)
                .tokenFilters(POSSESSIVE, ENGLISH_SYNONYMS, "lowercase", "asciifolding", ENGLISH_STOP, ENGLISH_STEMMER);
        context.analyzer(Analyzers.NAME).custom()
                .tokenizer("standard")
                .charFilters(NAME_PUNCTUATION)
                .tokenFilters(ENGLISH_SYNONYMS, "lowercase", "asciifolding", DOUBLED_LETTERS);
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
