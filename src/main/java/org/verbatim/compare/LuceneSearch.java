package org.verbatim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.packed.PackedInts;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.verbatim.base.search.Analyzers;
import org.verbatim.quote.Quote;

/**
 * Search with facet counts where the index is Lucene's (Elasticsearch and OpenSearch count facets well themselves):
 * the topic query built as a Lucene query — the same fields, weights and analyzers as {@link StatementQueries#topic}
 * — so that the hits (through Hibernate Search) and the counts (here) come from one query. Counting reads each
 * matching document's facet values as ordinals into one array per facet and looks up only the values it shows:
 * Hibernate Search's terms aggregation resolves every value of every segment against the whole index, which took
 * 0.6 s per search at 765,000 quotes.
 */
final class LuceneSearch {

    /** How many matches, and each facet's values with their counts, most first. */
    record Counts(long total, Map<Facet, Map<String, Long>> facets) {
    }

    /** Fields of the topic whose analyzer is the name analyzer; the others are English. */
    private static final Set<String> NAME_FIELDS = Set.of("speaker.canonicalName", "speaker.aliases",
            "speaker.affiliation");

    private final SearchMapping mapping;
    private final StatementQueries queries;
    private final Analyzer topicAnalyzer;
    private final Analyzer english;

    private LuceneSearch(SearchMapping mapping, LuceneBackend backend, StatementQueries queries) {
        this.mapping = mapping;
        this.queries = queries;
        this.english = backend.analyzer(Analyzers.ENGLISH).orElseThrow();
        Analyzer name = backend.analyzer(Analyzers.NAME).orElseThrow();
        Map<String, Analyzer> perField = new HashMap<>();
        NAME_FIELDS.forEach(f -> perField.put(f, name));
        this.topicAnalyzer = new PerFieldAnalyzerWrapper(english, perField);
    }

    /** Null where the backend is not Lucene. */
    static LuceneSearch forLuceneBackend(SearchMapping mapping, StatementQueries queries) {
        return StatementQueries.lucene(mapping).map(backend -> new LuceneSearch(mapping, backend, queries)).orElse(null);
    }

    /**
     * A person's words over what was said and who said it, ranked as {@link StatementQueries#topic} ranks them (the
     * same parts, the same number of them required); all quotes when blank.
     */
    Query topic(String words) {
        if (words == null || words.isBlank()) {
            return new MatchAllDocsQuery();
        }
        StatementQueries.checkLength(words);
        String expanded = StatementQueries.words(words);
        List<String> parts = queries.parts(expanded);
        if (parts == null) {
            return parse(expanded);
        }
        if (parts.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        int should = 0;
        for (String part : parts) {
            if (part.startsWith("-")) {
                bool.add(parse(part.substring(1)), BooleanClause.Occur.MUST_NOT);
            } else if (part.startsWith("+")) {
                bool.add(parse(part.substring(1)), BooleanClause.Occur.MUST);
            } else {
                bool.add(parse(part), BooleanClause.Occur.SHOULD);
                should++;
            }
        }
        if (should > 0) {
            bool.setMinimumNumberShouldMatch(SearchWords.required(should));
        } else {
            bool.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return bool.build();
    }

    /** One part (or a whole query written with its own "|"), every word of it required. */
    private Query parse(String words) {
        SimpleQueryParser parser = new SimpleQueryParser(topicAnalyzer, StatementQueries.TOPIC_FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(words);
        // words that analyse to nothing ("the", "…") find nothing, as Hibernate Search's own query does
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    /** {@code topic} narrowed by facet choices (any chosen value within a facet, all facets together) and by words
     * of the speaker's name or aliases. */
    Query filtered(Query topic, Map<Facet, Set<String>> chosen, String speaker) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(topic, BooleanClause.Occur.MUST);
        if (speaker != null) {
            Map<String, Float> fields = new HashMap<>();
            StatementQueries.SPEAKER_NAME_FIELDS.forEach(field -> fields.put(field, 1f));
            SimpleQueryParser parser = new SimpleQueryParser(topicAnalyzer, fields);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query named = parser.parse(speaker);
            bool.add(named == null ? new MatchNoDocsQuery() : named, BooleanClause.Occur.FILTER);
        }
        chosen.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                bool.add(new TermInSetQuery(facet.field, values.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
            }
        });
        return bool.build();
    }

    /**
     * The words of the quote text that {@code query} matched, in {@code <mark>}, the rest HTML-escaped: the quote is
     * analysed as the index analysed it, and a word is marked when its term is one the query looks for in the text
     * (prefixes and near spellings included; excluded words are not). Hibernate Search's highlighter weighed every
     * match of the whole query again for each hit, which took a third of a search.
     */
    String highlight(String text, Query query) {
        Set<BytesRef> terms = new java.util.HashSet<>();
        List<ByteRunAutomaton> patterns = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return StatementQueries.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term t : found) {
                    terms.add(BytesRef.deepCopyOf(t.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                patterns.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        List<int[]> spans = new ArrayList<>();
        try (TokenStream tokens = english.tokenStream(StatementQueries.TEXT, text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                BytesRef bytes = term.getBytesRef();
                boolean matched = terms.contains(bytes) || patterns.stream()
                        .anyMatch(p -> p.run(bytes.bytes, bytes.offset, bytes.length));
                if (matched) {
                    spans.add(new int[]{offsets.startOffset(), offsets.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked(text, spans);
    }

    /** {@code text} escaped, the spans in marks; spans apart only by spaces become one ("United States"). */
    static String marked(String text, List<int[]> spans) {
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = Math.max(at, spans.get(i)[0]);
            int end = Math.max(start, spans.get(i)[1]);
            i++;
            while (i < spans.size() && spans.get(i)[0] >= end && text.substring(end, spans.get(i)[0]).isBlank()) {
                end = spans.get(i)[1];
                i++;
            }
            if (end <= start) {
                continue;
            }
            out.append(QuoteSearch.escape(text.substring(at, start))).append("<mark>")
                    .append(QuoteSearch.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        return out.append(QuoteSearch.escape(text.substring(at))).toString();
    }

    /**
     * Threads counting while the caller finds the hits, each a slice of the segments: searches take less than their
     * parts in a row. (Lucene runs a slice on the waiting thread itself when the others are busy.)
     */
    private static final java.util.concurrent.ExecutorService COUNTING = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "verbatim-facet-counts");
                t.setDaemon(true);
                return t;
            });

    /** {@link #count}, on another thread; {@code join()} rethrows what went wrong. */
    java.util.concurrent.CompletableFuture<Counts> countInBackground(Query query, int size) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> count(query, size), COUNTING);
    }

    /** Counts the quotes {@code query} matches and, for every facet, its {@code size} most frequent values. */
    Counts count(Query query, int size) {
        try (IndexReader reader = mapping.scope(Quote.class).extension(LuceneExtension.get()).openIndexReader()) {
            Ordinals ordinals = ordinalsOf(reader);
            // segments are counted on all cores, a slice of them each
            IndexSearcher searcher = new IndexSearcher(reader, COUNTING);
            List<Tally> tallies = searcher.search(query, new CollectorManager<Tally, List<Tally>>() {
                @Override
                public Tally newCollector() {
                    return new Tally(ordinals);
                }

                @Override
                public List<Tally> reduce(Collection<Tally> collectors) {
                    return List.copyOf(collectors);
                }
            });
            long total = 0;
            long[][] counts = new long[FACETS.length][];
            for (int f = 0; f < FACETS.length; f++) {
                counts[f] = new long[Math.toIntExact(ordinals.maps[f].getValueCount())];
            }
            for (Tally tally : tallies) {
                total += tally.total;
                for (int f = 0; f < FACETS.length; f++) {
                    for (int g = 0; g < counts[f].length; g++) {
                        counts[f][g] += tally.counts[f][g];
                    }
                }
            }
            Map<Facet, Map<String, Long>> top = new EnumMap<>(Facet.class);
            for (Facet facet : FACETS) {
                top.put(facet, ordinals.mostFrequent(reader, facet, counts[facet.ordinal()], size));
            }
            return new Counts(total, top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Facet[] FACETS = Facet.values();

    /**
     * Each facet's values over all segments, in term order ("global ordinals"), mapped from each segment's own: a
     * search counts into one array per facet and looks up only the values it shows. Built once per set of segments
     * (the terms of a segment never change; new segments make a new set).
     */
    private record Ordinals(List<Object> segments, OrdinalMap[] maps) {
        Map<String, Long> mostFrequent(IndexReader reader, Facet facet, long[] counts, int size) throws IOException {
            // the most frequent first, ties in term order: a bounded heap of global ordinals
            java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(size + 1,
                    Comparator.<Integer>comparingLong(g -> counts[g]).thenComparing(Comparator.<Integer>reverseOrder()));
            for (int g = 0; g < counts.length; g++) {
                if (counts[g] > 0) {
                    heap.add(g);
                    if (heap.size() > size) {
                        heap.poll();
                    }
                }
            }
            List<Integer> best = new ArrayList<>(heap);
            best.sort(Comparator.<Integer>comparingLong(g -> -counts[g]).thenComparing(Comparator.naturalOrder()));
            OrdinalMap map = maps[facet.ordinal()];
            Map<String, Long> out = new LinkedHashMap<>();
            for (int g : best) {
                LeafReaderContext leaf = reader.leaves().get(map.getFirstSegmentNumber(g));
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), facet.field);
                out.put(values.lookupOrd(map.getFirstSegmentOrd(g)).utf8ToString(), counts[g]);
            }
            return out;
        }
    }

    private volatile Ordinals lastOrdinals;

    private Ordinals ordinalsOf(IndexReader reader) throws IOException {
        List<Object> segments = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            var helper = leaf.reader().getCoreCacheHelper();
            segments.add(helper == null ? new Object() : helper.getKey());
        }
        Ordinals last = lastOrdinals;
        if (last != null && last.segments().equals(segments)) {
            return last;
        }
        OrdinalMap[] maps = new OrdinalMap[FACETS.length];
        for (Facet facet : FACETS) {
            SortedSetDocValues[] perSegment = new SortedSetDocValues[reader.leaves().size()];
            for (LeafReaderContext leaf : reader.leaves()) {
                perSegment[leaf.ord] = DocValues.getSortedSet(leaf.reader(), facet.field);
            }
            maps[facet.ordinal()] = OrdinalMap.build(null, perSegment, PackedInts.DEFAULT);
        }
        Ordinals built = new Ordinals(segments, maps);
        lastOrdinals = built;
        return built;
    }

    /** One searcher slice's documents: how many, and how many of them have each facet value. */
    private static final class Tally implements Collector {
        private final Ordinals ordinals;
        final int[][] counts = new int[FACETS.length][];
        long total;

        Tally(Ordinals ordinals) {
            this.ordinals = ordinals;
            for (int f = 0; f < FACETS.length; f++) {
                counts[f] = new int[Math.toIntExact(ordinals.maps()[f].getValueCount())];
            }
        }

        /**
         * Notes the segment's matches in a bit set, then counts each facet at the end: a facet few documents have
         * (a verdict) by walking its values and keeping the matches, the others by looking up each match.
         */
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet matches = new FixedBitSet(context.reader().maxDoc());
            return new LeafCollector() {
                private int collected;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    matches.set(doc);
                    collected++;
                }

                @Override
                public void finish() throws IOException {
                    total += collected;
                    if (collected > 0) {
                        for (Facet facet : FACETS) {
                            countFacet(context, facet, matches, collected);
                        }
                    }
                }
            };
        }

        private void countFacet(LeafReaderContext context, Facet facet, FixedBitSet matches, int collected)
                throws IOException {
            int[] into = counts[facet.ordinal()];
            LongValues toGlobal = ordinals.maps()[facet.ordinal()].getGlobalOrds(context.ord);
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), facet.field);
            SortedDocValues single = DocValues.unwrapSingleton(values);
            if (values.cost() < collected) {
                DocIdSetIterator withValue = single != null ? single : values;
                for (int doc = withValue.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = withValue.nextDoc()) {
                    if (matches.get(doc)) {
                        count(into, toGlobal, values, single);
                    }
                }
                return;
            }
            BitSetIterator match = new BitSetIterator(matches, collected);
            for (int doc = match.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = match.nextDoc()) {
                if (single != null ? single.advanceExact(doc) : values.advanceExact(doc)) {
                    count(into, toGlobal, values, single);
                }
            }
        }

        private static void count(int[] into, LongValues toGlobal, SortedSetDocValues values, SortedDocValues single)
                throws IOException {
            if (single != null) {
                into[(int) toGlobal.get(single.ordValue())]++;
                return;
            }
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
                into[(int) toGlobal.get(values.nextOrd())]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
