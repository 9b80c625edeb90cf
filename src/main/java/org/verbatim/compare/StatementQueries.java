package org.verbatim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.verbatim.base.search.Analyzers;
import org.verbatim.base.search.LuceneAnalysis;
import org.verbatim.language.WordNetLexicon;
import org.verbatim.quote.ReviewStatus;

/**
 * Every full-text query of the comparison feature, in one place: which fields a topic is looked for in, how facets
 * filter, what a statement projects, and "more like this". The use cases only assemble these.
 */
final class StatementQueries {

    /** Fields a topic is matched against, with their weight: the words said count most, then who said them. */
    static final Map<String, Float> TOPIC_FIELDS = Map.of(
            "text", 1.0f,
            "speaker.canonicalName", 2.0f,
            "speaker.aliases", 1.5f,
            "speaker.roleTitle", 0.5f,
            "speaker.affiliation", 0.7f,
            "article.title", 0.3f);

    static final String TEXT = "text";
    static final String ARTICLE_TITLE = "article.title";

    /** Where a speaker's own words are searched: the name and the aliases ("words of the speaker's name"). */
    static final List<String> SPEAKER_NAME_FIELDS = List.of("speaker.canonicalName", "speaker.aliases");
    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_WILDCARDS = 10;

    /** Statuses of quotes a person has confirmed: the "earlier statements" the watch list compares against. */
    static final List<ReviewStatus> CONFIRMED = List.of(ReviewStatus.CONFIRMED, ReviewStatus.CORRECTED,
            ReviewStatus.APPROVED);

    /** Words too common to say two statements share a topic, on top of the analyzer's stop words. */
    private static final List<String> COMMON_WORDS = List.of("has", "have", "had", "said", "says", "say", "also",
            "been", "would", "could", "can", "should", "must", "may", "its", "which", "who", "whom", "all", "any",
            "more", "most", "other", "some", "than", "very", "we", "our", "us", "you", "he", "she", "his", "her",
            "him", "they", "them", "i", "my", "me", "do", "does", "did", "from", "about", "over", "after", "before",
            "only", "one", "two", "new", "well", "made", "make", "time", "year", "years", "today", "added", "stated",
            "noted", "told", "stressed", "according");

    private final SearchMapping mapping;
    private final Analyzer english;
    private final Set<String> commonTerms = new java.util.HashSet<>();
    /** How many statements the index holds, on backends whose index cannot be read here (a search cluster). */
    private final java.util.function.LongSupplier statementCount;

    StatementQueries(SearchMapping mapping, java.util.function.LongSupplier statementCount) {
        this.mapping = mapping;
        this.statementCount = statementCount;
        Optional<LuceneBackend> lucene = lucene(mapping);
        // the index's own analyzer where the index is local; the same chain built here where it is a search cluster
        this.english = lucene.flatMap(b -> b.analyzer(Analyzers.ENGLISH)).map(a -> (Analyzer) a)
                .orElseGet(() -> LuceneAnalysis.standalone(Analyzers.ENGLISH));
        COMMON_WORDS.forEach(w -> commonTerms.addAll(analyseNow(w)));
    }

    static Optional<LuceneBackend> lucene(SearchMapping mapping) {
        try {
            return Optional.of(mapping.backend().unwrap(LuceneBackend.class));
        } catch (RuntimeException notLucene) {
            return Optional.empty();
        }
    }

    /**
     * A person's query over what was said and who said it ({@link SearchWords}: possessives, demonyms, acronyms),
     * ranked: each word must match somewhere, but of three or more words one may be missing, and statements with all
     * of them come first. An exclusion ({@code -Name}) excludes the speaker too.
     */
    PredicateFinalStep topic(SearchPredicateFactory f, String query) {
        if (query == null || query.isBlank()) {
            return f.matchAll();
        }
        checkLength(query);
        String expanded = words(query);
        List<String> parts = parts(expanded);
        if (parts == null) {
            return fields(f).matching(expanded).defaultOperator(BooleanOperator.AND);
        }
        var bool = f.bool();
        int should = 0;
        for (String part : parts) {
            if (part.startsWith("-")) {
                bool.mustNot(fields(f).matching(part.substring(1)).defaultOperator(BooleanOperator.AND));
            } else if (part.startsWith("+")) {
                bool.must(fields(f).matching(part.substring(1)).defaultOperator(BooleanOperator.AND));
            } else {
                bool.should(fields(f).matching(part).defaultOperator(BooleanOperator.AND));
                should++;
            }
        }
        if (should > 0) {
            bool.minimumShouldMatchNumber(SearchWords.required(should));
        } else if (parts.stream().allMatch(p -> p.startsWith("-"))) {
            bool.must(f.matchAll());
        }
        return parts.isEmpty() ? f.matchNone() : bool;
    }

    private org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> fields(
            SearchPredicateFactory f) {
        var fields = f.simpleQueryString().field(TEXT).boost(TOPIC_FIELDS.get(TEXT));
        for (var e : TOPIC_FIELDS.entrySet()) {
            if (!e.getKey().equals(TEXT)) {
                fields = fields.field(e.getKey()).boost(e.getValue());
            }
        }
        return fields;
    }

    /** The person's words as both backends search them: multi-word names quoted, then {@link SearchWords}. */
    static String words(String query) {
        return SearchWords.expand(quoteMultiWordNames(query.strip()), StatementQueries::variants);
    }

    private static final Set<String> SYNONYM_FORMS = Analyzers.synonymForms();

    /** WordNet's other names for a word or phrase, unless the analyzers' own synonym rules already know it. */
    private static Set<String> variants(String phrase) {
        String bare = phrase.replace("\"", "");
        if (SYNONYM_FORMS.contains(bare) || SYNONYM_FORMS.contains(bare.replace(".", ""))) {
            return Set.of();
        }
        return WordNetLexicon.shared().variants(bare);
    }

    /** The query's parts for ranked matching ({@link SearchWords#parts}); {@code null}: take it as written. */
    List<String> parts(String expanded) {
        return SearchWords.parts(expanded, part -> analyseNow(part.replaceAll("[\\\"()*~+|-]", " ")).isEmpty()
                && !part.matches(".*\\p{N}.*"));
    }

    /** Bounds a query's cost before the index is asked: its length, and its words with a wildcard (each expands). */
    static void checkLength(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("A query of more than " + MAX_QUERY_LENGTH + " characters");
        }
        if (wildcards(query) > MAX_WILDCARDS) {
            throw new IllegalArgumentException("A query with more than " + MAX_WILDCARDS + " words ending in *");
        }
    }

    static long wildcards(String query) {
        return java.util.Arrays.stream(query.split("\\s+")).filter(w -> w.contains("*")).count();
    }

    private static final java.util.regex.Pattern MULTI_WORD_NAMES = java.util.regex.Pattern.compile(
            Analyzers.multiWordSynonyms().stream().map(java.util.regex.Pattern::quote)
                    .map(form -> "\\b" + form + "\\b").collect(java.util.stream.Collectors.joining("|")));

    /** "United States" → "\"United States\"", so that the synonym rules see both words together. */
    static String quoteMultiWordNames(String query) {
        if (query.contains("\"") || Analyzers.multiWordSynonyms().isEmpty()) {
            return query;
        }
        return MULTI_WORD_NAMES.matcher(query).replaceAll(m -> "\"" + java.util.regex.Matcher.quoteReplacement(m.group()) + "\"");
    }

    /** Facet choices: any of the chosen values within a facet, all facets together. */
    PredicateFinalStep filtered(SearchPredicateFactory f, PredicateFinalStep query, Map<Facet, Set<String>> chosen,
                                String speaker) {
        var bool = f.bool().must(query);
        if (speaker != null) {
            bool.filter(f.simpleQueryString().fields(SPEAKER_NAME_FIELDS.toArray(String[]::new)).matching(speaker)
                    .defaultOperator(BooleanOperator.AND));
        }
        chosen.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                bool.filter(f.terms().field(facet.field).matchingAny(List.copyOf(values), ValueModel.INDEX));
            }
        });
        return bool;
    }

    PredicateFinalStep ofSpeaker(SearchPredicateFactory f, long speakerId) {
        return f.match().field("speaker.id").matching(speakerId);
    }

    PredicateFinalStep ofAffiliation(SearchPredicateFactory f, String affiliationKey) {
        return f.match().field(Facet.AFFILIATION.field).matching(affiliationKey);
    }

    PredicateFinalStep confirmed(SearchPredicateFactory f) {
        return f.terms().field(Facet.STATUS.field).matchingAny(CONFIRMED);
    }

    PredicateFinalStep importedAfter(SearchPredicateFactory f, java.time.Instant instant) {
        return f.range().field("article.importedAt").greaterThan(instant);
    }

    /**
     * Statements worded like {@code text}: "more like this" (the text's most distinctive terms, weighed by how rare
     * they are in the index), as Lucene's MoreLikeThis where the index is Lucene's and as the cluster's
     * {@code more_like_this} query with the same settings on Elasticsearch and OpenSearch, which run the same
     * algorithm: both backends find the same neighbours.
     */
    PredicateFinalStep likeThis(SearchPredicateFactory f, String text) {
        return likeThisOnce(text).apply(f);
    }

    /**
     * {@link #likeThis} for several queries about one text: the distinctive terms are picked from the index once.
     */
    java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> likeThisOnce(String text) {
        org.apache.lucene.search.Query[] built = new org.apache.lucene.search.Query[1];
        return f -> f.extension()
                .ifSupported(LuceneExtension.get(), lf -> lf.fromLuceneQuery(built[0] != null ? built[0]
                        : (built[0] = moreLikeThis(text))))
                .ifSupported(ElasticsearchExtension.get(), ef -> ef.fromJson(moreLikeThisJson(text)))
                .orElse(other -> other.match().field(TEXT).matching(text));
    }

    /** The settings of {@link #moreLikeThis} as the cluster's query; it matches any of the terms, as Lucene's does. */
    private JsonObject moreLikeThisJson(String text) {
        JsonObject mlt = new JsonObject();
        JsonArray fields = new JsonArray();
        fields.add(TEXT);
        mlt.add("fields", fields);
        mlt.addProperty("like", text);
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 1);
        mlt.addProperty("max_query_terms", MLT_TERMS);
        mlt.addProperty("max_doc_freq", maxDocFreq(statementCount.getAsLong()));
        mlt.addProperty("boost_terms", 1);
        // the cluster's default asks for 30% of the terms
        mlt.addProperty("minimum_should_match", "1");
        JsonObject query = new JsonObject();
        query.add("more_like_this", mlt);
        return query;
    }

    /**
     * The text's most distinctive terms (at most {@value #MLT_TERMS}, weighed by how rare they are), any of which
     * makes a neighbour: the scorer weighs how many are shared. A term found in more than one statement in twenty —
     * and in more than {@value #COMMON_TERM_MIN_DOCS} — says little about the topic and only makes the query slow:
     * it is left out.
     */
    private org.apache.lucene.search.Query moreLikeThis(String text) {
        try (var reader = mapping.scope(org.verbatim.quote.Quote.class).extension(LuceneExtension.get())
                .openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(english);
            mlt.setFieldNames(new String[]{TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(MLT_TERMS);
            mlt.setMaxDocFreq(maxDocFreq(reader.numDocs()));
            mlt.setBoost(true);
            return mlt.like(TEXT, new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final int MLT_TERMS = 20;

    static int maxDocFreq(long statements) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(COMMON_TERM_MIN_DOCS, statements / 20));
    }

    static final int COMMON_TERM_MIN_DOCS = 5000;

    /** What a statement is made of, all read from the index. */
    ProjectionFinalStep<Statement> statement(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(
                f.id(Long.class),
                f.field("article.id", Long.class),
                f.field(TEXT, String.class),
                f.field("speaker.id", Long.class),
                f.field("speaker.name_facet", String.class),
                f.field("speaker.affiliation_facet", String.class),
                f.field(Facet.AFFILIATION.field, String.class),
                f.field("article.publishedOn", LocalDate.class))
                .asList(v -> new Statement((Long) v.get(0), (Long) v.get(1), (String) v.get(2), (Long) v.get(3),
                        (String) v.get(4), (String) v.get(5), (String) v.get(6), (LocalDate) v.get(7)));
    }

    /** The distinct index terms of a text that carry its topic (stemmed, no stop or common words), in order. */
    Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>(analyse(text));
        out.removeAll(commonTerms);
        return out;
    }

    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['’]s$");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'’.]+");
    private static final java.util.regex.Pattern WORD_TRIM = java.util.regex.Pattern.compile("^[.'’]+|[.'’]+$");

    /**
     * Texts and words analysed lately: scoring a statement against sixty neighbours analyses its text, and every
     * word it shares, again and again. Most recently used kept, up to {@value #ANALYSED_KEPT}.
     */
    private static final int ANALYSED_KEPT = 20_000;
    private final Map<String, Set<String>> analysed = Recent.keeping(ANALYSED_KEPT);

    /** The text's distinct terms in order (unmodifiable: shared by everyone who asks for the same text). */
    private Set<String> analyse(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<String> known = analysed.get(text);
        if (known != null) {
            return known;
        }
        Set<String> fresh = java.util.Collections.unmodifiableSet(analyseNow(text));
        analysed.put(text, fresh);
        return fresh;
    }

    private Set<String> analyseNow(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = english.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The terms two texts share, as a reader would recognise them: the first word of each that produced it. */
    List<String> sharedWords(String a, String b) {
        Set<String> common = new LinkedHashSet<>(terms(a));
        common.retainAll(terms(b));
        List<String> words = new ArrayList<>();
        for (String term : common) {
            words.add(surfaceOf(term, a));
        }
        return words;
    }

    private String surfaceOf(String term, String text) {
        for (String word : WORD_BREAK.split(text)) {
            String w = WORD_TRIM.matcher(POSSESSIVE_END.matcher(word).replaceAll("")).replaceAll("");
            if (!w.isEmpty() && terms(w).contains(term)) {
                return w.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return term;
    }

    static <T> List<T> first(Collection<T> items, int n) {
        return items.stream().limit(n).toList();
    }

    SearchMapping mapping() {
        return mapping;
    }
}
