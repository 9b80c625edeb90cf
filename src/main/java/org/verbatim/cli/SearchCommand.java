package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.compare.ContradictionFinder;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches the quotes as the search page does, and prints the best hits.",
                "",
                "With --bench N instead of a query: measures this installation's own data, through the same use",
                "cases the web pages call. Queries are one or two words of randomly chosen stored quotes, or a",
                "speaker's surname with a word, a third of them narrowed by a facet; every search computes all",
                "facet counts, highlights and reads the hit cards from the database. Contradiction candidates",
                "are asked for randomly chosen quotes. Reports p50/p95/p99 after a warm-up, and how many hits",
                "and candidates were found on average: a seed chooses the same quotes on any installation of",
                "the same articles, so two backends can be compared."},
        footer = {"", "Exit codes: 0 done, 1 the query could not be read, 2 usage error."})
final class SearchCommand implements Callable<Integer>, Commands.Checked {

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to look for (all must match).")
    List<String> words = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--bench", paramLabel = "N", description = "Benchmark: N measured searches (and N/3 contradiction"
            + " candidate lookups) on the stored quotes.")
    Integer bench;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7",
            description = "Seed of the benchmark's random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    QuoteSearch search;

    @Autowired
    ContradictionFinder contradictions;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${verbatim.search.backend:lucene}")
    String backend;

    @Override
    public void check(CommandLine commandLine) {
        if (bench != null && (bench < 1 || !words.isEmpty())) {
            throw new CommandLine.ParameterException(commandLine, "--bench takes a positive number and no QUERY");
        }
        if (bench == null && words.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "Give the words to look for, or --bench N");
        }
        if (limit < 1 || limit > 200) {
            throw new CommandLine.ParameterException(commandLine, "--limit is between 1 and 200");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return bench != null ? bench(out) : query(out);
    }

    private int query(PrintWriter out) {
        QuoteSearch.Result result = search.search(new QuoteSearch.Query(String.join(" ", words), Map.of(), 0, limit));
        if (result.problem() != null) {
            spec.commandLine().getErr().println(result.problem());
            return 1;
        }
        out.printf(Locale.ROOT, "%,d quotes found%n", result.total());
        for (QuoteSearch.Hit hit : result.hits()) {
            out.printf(Locale.ROOT, "#%d  %s — %s, “%s” (%s)%n", hit.card().quoteId(),
                    hit.highlight().replace("<mark>", "**").replace("</mark>", "**"), hit.card().who(),
                    hit.card().articleTitle(), hit.card().publishedOn() == null ? "undated" : hit.card().publishedOn());
        }
        return 0;
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> TOO_COMMON = Set.of("that", "this", "with", "from", "have", "been", "were",
            "will", "would", "their", "there", "they", "which", "what", "when", "about", "said", "than", "them",
            "into", "over", "also", "only", "more", "most", "some", "such", "very", "just", "your", "ours");

    private int bench(PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        long[] quotes = quotesInContentOrder();
        if (quotes.length == 0) {
            err.println("No quotes are stored yet: import some first (import --bench 20000 makes about 150,000).");
            return 1;
        }
        Random random = new Random(seed);
        int warmUp = Math.max(20, bench / 5);
        err.printf(Locale.ROOT, "Benchmark on %,d stored quotes (%s backend): %d warm-up and %d measured searches, %d + %d"
                + " contradiction candidate lookups%n", quotes.length, backend, warmUp, bench, warmUp / 3, Math.max(1, bench / 3));
        List<Double> faceted = new ArrayList<>();
        List<Double> candidates = new ArrayList<>();
        long found = 0;
        long pairs = 0;
        for (int round = 0; round < 2; round++) {
            boolean measure = round == 1;
            int n = measure ? bench : warmUp;
            for (int i = 0; i < n; i++) {
                String q = randomQuery(random, quotes);
                Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
                if (random.nextInt(3) == 0) {
                    chosen.put(Facet.STATUS, Set.of("PENDING"));
                }
                long[] total = new long[1];
                double ms = time(() -> total[0] = search.search(new QuoteSearch.Query(q, chosen, 0, 20)).total());
                if (measure) {
                    faceted.add(ms);
                    found += total[0];
                }
            }
            for (int i = 0; i < Math.max(1, n / 3); i++) {
                long id = randomQuoteId(random, quotes);
                int[] size = new int[1];
                double ms = time(() -> size[0] = contradictions.forQuote(id, 10).size());
                if (measure) {
                    candidates.add(ms);
                    pairs += size[0];
                }
            }
        }
        out.printf(Locale.ROOT, "Faceted search on %s (%d queries, %,.0f hits on average): p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms%n", backend, faceted.size(), (double) found / faceted.size(), percentile(faceted, 50),
                percentile(faceted, 95), percentile(faceted, 99));
        out.printf(Locale.ROOT, "Contradiction candidates (%d quotes, %.1f candidates each on average): p50 %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms%n", candidates.size(), (double) pairs / candidates.size(), percentile(candidates, 50), percentile(candidates, 95), percentile(candidates, 99));
        return 0;
    }

    /**
     * The stored quotes' ids, ordered by what they are (their article's content, their place in it) rather than by id:
     * ids depend on the order parallel writers stored them, so the same seed picks the same quotes — and asks the same
     * queries — on two installations of the same articles, whichever backend each has.
     */
    private long[] quotesInContentOrder() {
        return jdbc.sql("select q.id from quote q join article a on a.id = q.article_id"
                + " order by a.content_hash, q.start_offset, q.end_offset, q.id").query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
    }

    /** One or two words of a stored quote, or its speaker's surname and a word. */
    private String randomQuery(Random random, long[] quotes) {
        while (true) {
            long id = randomQuoteId(random, quotes);
            var row = jdbc.sql("select q.text, s.canonical_name from quote q left join speaker s on s.id = q.speaker_id"
                    + " where q.id = ?").param(id).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)})
                    .optional();
            if (row.isEmpty()) {
                continue;
            }
            List<String> content = new ArrayList<>();
            for (String w : NOT_A_WORD.split(row.get()[0].toLowerCase(Locale.ROOT))) {
                if (w.length() >= 4 && !TOO_COMMON.contains(w)) {
                    content.add(w);
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            String word = content.get(random.nextInt(content.size()));
            String speaker = row.get()[1];
            return switch (random.nextInt(3)) {
                case 0 -> word;
                case 1 -> word + " " + content.get(random.nextInt(content.size()));
                default -> speaker == null ? word : speaker.substring(speaker.lastIndexOf(' ') + 1) + " " + word;
            };
        }
    }

    private static long randomQuoteId(Random random, long[] quotes) {
        return quotes[random.nextInt(quotes.length)];
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }
}
