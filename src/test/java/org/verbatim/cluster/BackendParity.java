package org.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.verbatim.cli.SyntheticArticles;
import org.verbatim.compare.ContradictionFinder;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportDocument;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimNode;

/**
 * The same articles on two nodes with different search backends, and what a person sees of them on each: every kind
 * of query the Search screen takes, with and without facets chosen, and a quote's contradiction candidates. Invented
 * articles for names, demonyms, acronyms, synonyms and possessives, and seeded synthetic ones (the benchmark's) for
 * the spread of an archive's words and the parties' stances.
 */
final class BackendParity {

    private static final List<String[]> ARTICLES = List.of(
            new String[]{"Grid treaty talks in Paris", "Lantern Post", "2026-02-10",
                    "Foreign Minister Adaeze Okafor met French officials in Paris on Monday.\n\n"
                            + "“France will back the grid treaty before the summer,” Okafor said.\n\n"
                            + "“The U.S. delegation asked for more time,” she added.\n\n"
                            + "Trade Commissioner Bram Vellinga disagreed. “The French proposal leaves our farmers"
                            + " behind,” Vellinga told reporters.\n"},
            new String[]{"Growth figures", "Harbour Ledger", "2026-03-02",
                    "“Gross domestic product grew by two percent in the last quarter,” said Finance Minister Idris"
                            + " Halvorsen on Tuesday.\n\n"
                            + "“The United States remains our largest customer for wind turbines,” Halvorsen added.\n\n"
                            + "Economist Maren Solberg of the Coastal Institute was less sure. “The GDP numbers hide"
                            + " a decline in wind farm subsidies,” Solberg said.\n"},
            new String[]{"Levy row", "Lantern Post", "2026-03-15",
                    "Opposition leader Tuva Rasmussen attacked the government on Friday.\n\n"
                            + "“Okafor's plan for wind subsidies is a gift to the farm lobby,” Rasmussen said.\n\n"
                            + "“We will never support the German grid levy,” she said. “Germany must pay its share"
                            + " of the subsidies,” Rasmussen added.\n\n"
                            + "“The US farm lobby wrote this treaty,” said Bram Vellinga.\n"});

    private static final int SYNTHETIC_ARTICLES = 16;

    static final List<String> QUERIES = List.of(
            // plain words, several of them ranked (one of three may be missing), phrases, prefixes, operators
            "wind", "wind farm subsidies", "farm lobby treaty", "\"grid treaty\"", "subsid*", "Okafor | Halvorsen",
            // speakers, possessives, exclusions
            "Okafor", "Okafor's", "Okafor's plan", "Kanaani", "Vellinga farmers", "wind -Okafor", "-Rasmussen",
            // demonyms, acronyms, synonyms, a stop word
            "French", "France", "German", "Germany", "GDP", "gross domestic product", "U.S.", "US",
            "United States", "the",
            // the synthetic articles' words
            "harbour tariffs", "budget", "government growth", "\"water prices\"", "terrorist organisation",
            "talks", "rail line", "flood barrier pension", "budget -harbour", "Front", "recognised Movement",
            "minister harbours", "strike teachers schools");

    /** Facets chosen with each query: none, and a review status with a publisher. */
    static final List<Map<Facet, Set<String>>> CHOSEN = List.of(Map.of(),
            Map.of(Facet.STATUS, Set.of("PENDING"), Facet.PUBLISHER, Set.of("Lantern Post")));

    /** Quotes (found by these words) whose contradiction candidates are compared. */
    static final List<String> CANDIDATES_OF = List.of("Okafor's plan", "terrorist organisation", "recognised",
            "talks Front");

    private BackendParity() {
    }

    /** Imports the articles through {@code node} and waits until its index has them all. */
    static void importAll(VerbatimNode node) {
        RunAs.user("fiona", Role.FACT_CHECKER).run(() -> {
            ArticleImporter importer = node.bean(ArticleImporter.class);
            for (String[] a : ARTICLES) {
                ImportOutcome outcome = importer.importText(a[3], new ArticleImporter.Details(a[0], a[1],
                        LocalDate.parse(a[2]), null, "parity-" + a[0]));
                assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            }
            for (Iterator<ImportDocument> it = SyntheticArticles.documents(SYNTHETIC_ARTICLES, 11); it.hasNext(); ) {
                ImportDocument.Loaded loaded;
                try {
                    loaded = it.next().load();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                assertThat(importer.importText(loaded.text(), loaded.details()).status())
                        .isEqualTo(ImportOutcome.Status.IMPORTED);
            }
        });
        node.bean(org.verbatim.base.search.SearchIndex.class).awaitWrites();
    }

    /** What a search shows, whatever the backend: the total, the quotes (by text) and each facet's counts. */
    record Found(long total, List<String> texts, Map<Facet, Map<String, Long>> facets) {
    }

    static Found found(VerbatimNode node, QuoteSearch.Query query) {
        QuoteSearch.Result r = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> node.bean(QuoteSearch.class)
                .search(query));
        assertThat(r.problem()).as(query.text()).isNull();
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        r.facets().forEach((facet, values) -> facets.put(facet, new TreeMap<>(values.stream()
                .collect(Collectors.toMap(QuoteSearch.FacetValue::value, QuoteSearch.FacetValue::count)))));
        // the quotes found, when all of them are on the page (a page of many is cut where the scores tie)
        List<String> texts = r.total() > query.limit() ? List.of()
                : r.hits().stream().map(h -> h.card().text()).sorted().toList();
        return new Found(r.total(), texts, facets);
    }

    /** The text of the best hit for {@code words}. */
    static String bestHit(VerbatimNode node, String words) {
        return RunAs.user("fiona", Role.FACT_CHECKER).call(() -> node.bean(QuoteSearch.class)
                .search(QuoteSearch.Query.of(words)).hits().getFirst().card().text());
    }

    /** The candidates of the quote whose text is {@code text}: each pair (by texts) with its score. */
    /** How many candidates each node is asked for. */
    static final int CANDIDATES = 10;

    static Map<String, Double> candidates(VerbatimNode node, String text) {
        return RunAs.user("fiona", Role.FACT_CHECKER).call(() -> {
            long id = node.bean(QuoteSearch.class).search(new QuoteSearch.Query("\"" + text.replace("\"", "") + "\"",
                    Map.of(), 0, 5)).hits().stream().filter(h -> h.card().text().equals(text)).findFirst()
                    .orElseThrow().card().quoteId();
            Map<String, Double> out = new LinkedHashMap<>();
            node.bean(ContradictionFinder.class).forQuote(id, CANDIDATES)
                    .forEach(c -> out.put(c.first().text() + " ⟷ " + c.second().text(), c.score()));
            return out;
        });
    }

    /** How many of the pairs on one backend's list the other's must hold too. */
    static final double SHARED_PAIRS = 0.7;
    /**
     * What differs between two nodes' candidates beyond what the engines' own "more like this" scoring explains. The
     * pairs are weighed by the same rules on both, but the statements weighed (a quote's sixty neighbours by wording)
     * and the wording share of each score come from the engine: on this test's articles OpenSearch's scores for one
     * query are about 2.3 times Lucene's and the ratio varies by ±5 % from statement to statement (measured on the
     * same documents with the same analyzers, also after merging each index's segments), so statements near the cut of sixty, and candidates of nearly
     * equal score, are not the same on both. What must hold: the best candidate of each is among the other's first
     * three, and most pairs ({@link #SHARED_PAIRS}) are on both lists. Their scores are not compared: the wording share
     * (relative to each engine's best neighbour) was seen 12 % and 29 % apart for one pair.
     */
    static List<String> differences(Map<String, Double> a, Map<String, Double> b) {
        List<String> out = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty()) {
            if (a.size() != b.size()) {
                out.add("one backend found no candidate: " + a + " against " + b);
            }
            return out;
        }
        List<String> topA = a.keySet().stream().limit(3).toList();
        List<String> topB = b.keySet().stream().limit(3).toList();
        if (!topB.contains(topA.getFirst()) || !topA.contains(topB.getFirst())) {
            out.add("best candidates " + topA.getFirst() + " against " + topB.getFirst());
        }
        long shared = a.keySet().stream().filter(b::containsKey).count();
        if (shared < Math.ceil(SHARED_PAIRS * Math.min(a.size(), b.size()))) {
            out.add(shared + " pairs shared of " + a + " against " + b);
        }
        return out;
    }
}
