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

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.verbatim.base.search.Analyzers;
import org.verbatim.quote.Quote;

/**
 * Search with facet counts where the index is Lucene's (Elasticsearch and OpenSearch count facets well themselves):
 * the topic query built as a Lucene query — the same fields, weights and analyzers as {@link StatementQueries#topic}
 * — so that the hits (through Hibernate Search) and the counts (here) come from one query. Counting reads each
 * matching document's facet ordinals into an array per index segment and turns only the ordinals seen into values:
 * Hibernate Search's terms aggregation resolves every value of every segment against the whole index, which took
 * 0.6 s per search at 765,000 quotes.
 */
final class LuceneFacets {

    /** How many matches, and each facet's values with their counts, most first. */
    record Counts(long total, Map<Facet, Map<String, Long>> facets) {
    }

    /** Fields of the topic whose analyzer is the name analyzer; the others are English. */
    private static final Set<String> NAME_FIELDS = Set.of("speaker.canonicalName", "speaker.aliases",
            "speaker.affiliation");

    private final SearchMapping mapping;
    private final Analyzer topicAnalyzer;

    private LuceneFacets(SearchMapping mapping, LuceneBackend backend) {
        this.mapping = mapping;
        Analyzer english = backend.analyzer(Analyzers.ENGLISH).orElseThrow();
        Analyzer name = backend.analyzer(Analyzers.NAME).orElseThrow();
        Map<String, Analyzer> perField = new HashMap<>();
        NAME_FIELDS.forEach(f -> perField.put(f, name));
        this.topicAnalyzer = new PerFieldAnalyzerWrapper(english, perField);
    }

    /** Null where the backend is not Lucene. */
    static LuceneFacets forLuceneBackend(SearchMapping mapping) {
        try {
            return new LuceneFacets(mapping, mapping.backend().unwrap(LuceneBackend.class));
        } catch (RuntimeException notLucene) {
            return null;
        }
    }

    /** A person's words over what was said and who said it, every word required; all quotes when blank. */
    Query topic(String words) {
        if (words == null || words.isBlank()) {
            return new MatchAllDocsQuery();
        }
        StatementQueries.checkLength(words);
        SimpleQueryParser parser = new SimpleQueryParser(topicAnalyzer, StatementQueries.TOPIC_FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(StatementQueries.quoteMultiWordNames(words.strip()));
        // words that analyse to nothing ("the", "…") find nothing, as Hibernate Search's own query does
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    /** {@code topic} narrowed by facet choices: any chosen value within a facet, all facets together. */
    Query filtered(Query topic, Map<Facet, Set<String>> chosen) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(topic, BooleanClause.Occur.MUST);
        chosen.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                bool.add(new TermInSetQuery(facet.field, values.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
            }
        });
        return bool.build();
    }

    /** Counts the quotes {@code query} matches and, for every facet, its {@code size} most frequent values. */
    Counts count(Query query, int size) {
        try (IndexReader reader = mapping.scope(Quote.class).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Tally> tallies = searcher.search(query, new CollectorManager<Tally, List<Tally>>() {
                @Override
                public Tally newCollector() {
                    return new Tally();
                }

                @Override
                public List<Tally> reduce(Collection<Tally> collectors) {
                    return List.copyOf(collectors);
                }
            });
            long total = 0;
            Map<Facet, Map<String, Long>> merged = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                merged.put(facet, new HashMap<>());
            }
            for (Tally tally : tallies) {
                total += tally.total;
                tally.segments.forEach(segment -> segment.addTo(merged));
            }
            Map<Facet, Map<String, Long>> top = new EnumMap<>(Facet.class);
            merged.forEach((facet, counts) -> top.put(facet, mostFrequent(counts, size)));
            return new Counts(total, top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> mostFrequent(Map<String, Long> counts, int size) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One searcher slice's documents: how many, and the facet ordinals of each segment it saw. */
    private static final class Tally implements Collector {
        long total;
        final List<Segment> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = new Segment(context);
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    segment.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Counts per ordinal of every facet field in one segment; values are looked up once, at the end. */
    private static final class Segment {
        private final SortedSetDocValues[] values = new SortedSetDocValues[Facet.values().length];
        private final int[][] counts = new int[Facet.values().length][];

        Segment(LeafReaderContext context) throws IOException {
            for (Facet facet : Facet.values()) {
                SortedSetDocValues v = DocValues.getSortedSet(context.reader(), facet.field);
                values[facet.ordinal()] = v;
                counts[facet.ordinal()] = new int[Math.toIntExact(v.getValueCount())];
            }
        }

        void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues v = values[f];
                if (v.advanceExact(doc)) {
                    for (int i = 0, n = v.docValueCount(); i < n; i++) {
                        counts[f][(int) v.nextOrd()]++;
                    }
                }
            }
        }

        void addTo(Map<Facet, Map<String, Long>> merged) {
            for (Facet facet : Facet.values()) {
                int[] c = counts[facet.ordinal()];
                Map<String, Long> into = merged.get(facet);
                try {
                    for (int ord = 0; ord < c.length; ord++) {   // in order: the terms dictionary reads on
                        if (c[ord] > 0) {
                            into.merge(values[facet.ordinal()].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
