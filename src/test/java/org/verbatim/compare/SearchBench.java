package org.verbatim.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.quote.Quote;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Search benchmark, not in the default suite: {@code mvn -o -Pbench test [-Dbench.sizes=100000,1000000]}.
 * Quotes of a seeded synthetic corpus are indexed through Verbatim's own mapping (the entities are built in memory,
 * never written to the database: a million rows and their mass indexing would take this machine far longer than the
 * index alone), then the real use cases are timed: faceted search (QuoteSearch, which also reads the hit cards from
 * the database: they are not there, so that part costs one empty query) and contradiction candidates for a quote
 * (the finder's core: MoreLikeThis neighbours and stance scoring).
 */
@VerbatimIntegrationTest
@Tag("bench")
@WithMockUser(username = "bench", roles = "FACT_CHECKER")
class SearchBench {

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    QuoteSearch search;

    @Autowired
    StatementIndex index;

    @Test
    void faceted_search_and_contradiction_candidates_at_scale() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        long nextId = 10_000_000L;
        int indexed = 0;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        for (int size : sizes) {
            long started = System.nanoTime();
            int toAdd = size - indexed;
            index(corpus, toAdd, nextId);
            nextId += toAdd;
            indexed = size;
            System.out.printf("BENCH %,d quotes indexed (%,d added in %.1f s)%n", size, toAdd,
                    (System.nanoTime() - started) / 1e9);

            // warm up, then measure
            List<Double> facetedMs = new ArrayList<>();
            List<Double> candidatesMs = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                boolean measure = round == 1;
                int n = measure ? 300 : 60;
                for (int i = 0; i < n; i++) {
                    String q = corpus.query();
                    Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
                    if (corpus.random().nextInt(3) == 0) {
                        chosen.put(Facet.STATUS, Set.of("PENDING"));
                    }
                    double ms = time(() -> search.search(new QuoteSearch.Query(q, chosen, 0, 20)));
                    if (measure) {
                        facetedMs.add(ms);
                    }
                }
                for (int i = 0; i < n / 3; i++) {
                    long id = 10_000_000L + corpus.random().nextInt(size);
                    double ms = time(() -> readOnly.execute(s -> {
                        Statement source = index.statement(id).orElseThrow();
                        return ContradictionFinder.pairsFor(index, source, null, ContradictionScorer.Memory.EMPTY, 10);
                    }));
                    if (measure) {
                        candidatesMs.add(ms);
                    }
                }
            }
            System.out.printf("BENCH %,d quotes: faceted search p50 %.1f ms, p95 %.1f ms (n=%d); "
                            + "contradiction candidates p50 %.1f ms, p95 %.1f ms (n=%d)%n", size,
                    percentile(facetedMs, 50), percentile(facetedMs, 95), facetedMs.size(),
                    percentile(candidatesMs, 50), percentile(candidatesMs, 95), candidatesMs.size());
        }
    }

    private void index(SyntheticCorpus corpus, int count, long firstId) {
        final int batch = 2000;
        List<Quote> pending = new ArrayList<>(batch);
        corpus.generate(count, firstId, q -> {
            pending.add(q);
            if (pending.size() == batch) {
                flush(pending);
            }
        });
        flush(pending);
    }

    private void flush(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        try (var em = emf.createEntityManager()) {
            var plan = Search.session(em).indexingPlan();
            quotes.forEach(plan::addOrUpdate);
            plan.execute();
        }
        quotes.clear();
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }
}
