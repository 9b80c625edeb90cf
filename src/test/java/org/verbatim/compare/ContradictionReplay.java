package org.verbatim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionScorer.Memory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contradiction evaluation's lookups played again without the import, the database or the index: {@link
 * ContradictionEval} with {@code -Dcontradiction.dump=FILE} writes, per lookup, the statements the finder weighed
 * (its neighbours, with how alike each is worded) and the labels; this weighs them again with the current align →
 * compare stance → score steps, in seconds. The neighbours are those of the run that wrote the file: a change to how
 * they are found needs a new dump. Figures per topic, and for the topics named in {@code -Dcontradiction.topics}
 * against the rest.
 * <p>
 * {@code mvn -o -Peval test -Dtest=ContradictionReplay -Dcontradiction.replay=FILE [-Dcontradiction.verbose=true]}
 */
@Tag("eval")
class ContradictionReplay {

    /** One lookup of the evaluation; {@code topic} "seed" is the demo's acceptance case, its partners the right ones. */
    record Lookup(String set, String topic, int line, String direction, Statement source, long partner,
                  Set<Long> contradiction, Set<Long> same, Set<Long> cross, Set<Long> topicQuotes,
                  List<Statement> others, Map<Long, Double> wording, Set<Long> reported, Set<Long> story) {
    }

    private static final Claims CLAIMS = new Claims();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static void write(Writer out, Lookup lookup) {
        try {
            out.write(JSON.writeValueAsString(lookup));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Lookup> read(Path file) throws IOException {
        List<Lookup> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readValue(line, Lookup.class));
            }
        }
        return out;
    }

    private record Count(int lookups, int first, int top5, int same3, int cross3) {
        Count plus(Count o) {
            return new Count(lookups + o.lookups, first + o.first, top5 + o.top5, same3 + o.same3, cross3 + o.cross3);
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-28s lookups=%3d P@1=%.3f R@5=%.3f sameInTop3=%d crossInTop3=%d", what,
                    lookups, lookups == 0 ? 0 : (double) first / lookups, lookups == 0 ? 0 : (double) top5 / lookups,
                    same3, cross3);
        }
    }

    @Test
    void replay() throws IOException {
        String file = System.getProperty("contradiction.replay");
        if (file == null) {
            System.out.println("contradiction-replay: no -Dcontradiction.replay=FILE given");
            return;
        }
        boolean verbose = Boolean.getBoolean("contradiction.verbose");
        String named = System.getProperty("contradiction.topics", "");
        Set<String> split = named.isBlank() ? Set.of() : Set.of(named.split(","));
        Claims claims = new Claims();
        Map<String, Count> byTopic = new LinkedHashMap<>();
        String seed = "seed case not in the dump";
        Map<String, Map<String, Integer>> stages = new java.util.TreeMap<>();
        for (Lookup l : read(Path.of(file))) {
            var neighbours = new ContradictionFinder.Neighbours(l.source(), l.others(), l.wording(),
                    l.reported(), l.story());
            List<ContradictionFinder.Pair> found = ContradictionFinder.weighAll(claims, neighbours, Memory.EMPTY, 10);
            List<Long> ids = found.stream().map(p -> p.second().quoteId()).toList();
            if (l.topic().equals("seed")) {
                int rank = 0;
                for (int i = 0; i < ids.size() && rank == 0; i++) {
                    rank = l.contradiction().contains(ids.get(i)) ? i + 1 : 0;
                }
                seed = rank == 1 ? "ranks first" : rank == 0 ? "not in the top 10" : "ranks " + rank;
                if (verbose) {
                    print(l, found);
                }
                continue;
            }
            List<Long> top3 = ids.subList(0, Math.min(3, ids.size()));
            Count c = new Count(1, !ids.isEmpty() && l.contradiction().contains(ids.getFirst()) ? 1 : 0,
                    ids.subList(0, Math.min(5, ids.size())).contains(l.partner()) ? 1 : 0,
                    top3.stream().anyMatch(l.same()::contains) ? 1 : 0,
                    top3.stream().anyMatch(l.cross()::contains) ? 1 : 0);
            byTopic.merge(l.set() + "/" + l.topic(), c, Count::plus);
            String group = split.contains(l.topic()) ? "named topics" : "other topics";
            String stage = stage(claims, l, found);
            stages.computeIfAbsent(group, k -> new java.util.TreeMap<>()).merge(stage, 1, Integer::sum);
            stages.computeIfAbsent("all", k -> new java.util.TreeMap<>()).merge(stage, 1, Integer::sum);
            if (verbose) {
                System.out.println("  stage " + stage + winnerNote(l, found));
                print(l, found);
            }
        }
        Count all = new Count(0, 0, 0, 0, 0);
        Count in = all;
        Count out = all;
        for (var e : byTopic.entrySet()) {
            System.out.println("contradiction-replay " + e.getValue().line(e.getKey()));
            all = all.plus(e.getValue());
            if (split.contains(e.getKey().substring(e.getKey().indexOf('/') + 1))) {
                in = in.plus(e.getValue());
            } else {
                out = out.plus(e.getValue());
            }
        }
        if (!split.isEmpty()) {
            System.out.println("contradiction-replay " + in.line("named topics"));
            System.out.println("contradiction-replay " + out.line("other topics"));
        }
        System.out.println("contradiction-replay " + all.line("all"));
        stages.forEach((group, counts) -> System.out.println("contradiction-replay stages " + group + ": " + counts));
        System.out.println("contradiction-replay seed: acceptance case " + seed);
    }

    /**
     * Where a lookup stands, by the finder's stage: {@code first} (the labelled partner ranks first), {@code
     * a-not-retrieved} (not among the neighbours: search and alignment), {@code b-no-difference} (retrieved, but
     * dropped: no stance difference found, or not aligned), {@code c-beaten-by-<what ranks first>} (scored, but
     * below another candidate: a same-stance, cross, unjudged quote of the topic, another topic's or another labelled
     * contradiction).
     */
    private static String stage(Claims claims, Lookup l, List<ContradictionFinder.Pair> found) {
        if (!found.isEmpty() && found.getFirst().second().quoteId() == l.partner()) {
            return "first";
        }
        Statement partner = l.others().stream().filter(o -> o.quoteId() == l.partner()).findFirst().orElse(null);
        if (partner == null) {
            return "a-not-retrieved";
        }
        if (ContradictionFinder.weigh(claims, l.source(), partner, l.wording().get(partner.quoteId()), Memory.EMPTY)
                == null) {
            return "b-no-difference";
        }
        long id = found.getFirst().second().quoteId();
        return "c-beaten-by-" + (l.contradiction().contains(id) ? "contradiction" : l.same().contains(id) ? "same"
                : l.cross().contains(id) ? "cross" : l.topicQuotes().contains(id) ? "unjudged" : "other-topic");
    }

    /** For a lookup beaten by another quote: whether that quote is the partner's speaker in the partner's article. */
    private static String winnerNote(Lookup l, List<ContradictionFinder.Pair> found) {
        Statement partner = l.others().stream().filter(o -> o.quoteId() == l.partner()).findFirst().orElse(null);
        if (found.isEmpty() || partner == null || found.getFirst().second().quoteId() == l.partner()) {
            return "";
        }
        Statement w = found.getFirst().second();
        return w.articleId() == partner.articleId() && w.sameSpeakerAs(partner) ? " (winner: partner's speaker, same article)"
                : w.articleId() == partner.articleId() ? " (winner: partner's article)" : "";
    }

    private static void print(Lookup l, List<ContradictionFinder.Pair> found) {
        printRanked(l, found);
        if (found.stream().limit(5).noneMatch(p -> p.second().quoteId() == l.partner())) {
            Statement partner = l.others().stream().filter(o -> o.quoteId() == l.partner()).findFirst().orElse(null);
            if (partner == null) {
                System.out.println("    partner not among the " + l.others().size() + " neighbours");
                return;
            }
            var st = org.verbatim.language.StanceComparison.compare(CLAIMS.of(l.source().text()),
                    CLAIMS.of(partner.text()), ContradictionFinder.ownSide(l.source(), partner));
            var p = ContradictionFinder.weigh(CLAIMS, l.source(), partner, l.wording().get(partner.quoteId()),
                    Memory.EMPTY);
            System.out.printf(Locale.ROOT, "    partner: %s al=%.2f ov=%.2f dir=%d/%d w=%.2f shared=%s%s diffs=%s %s (%s): %s%n",
                    p == null ? "dropped" : String.format(Locale.ROOT, "%.3f", p.scored().score()), st.alignment(),
                    st.overlap(), st.directionA(), st.directionB(), l.wording().get(partner.quoteId()),
                    st.sharedWords(), st.sharedNames(), st.differences().stream().map(d -> d.kind() + ":" + d.weight())
                            .toList(), partner.speakerName(), partner.affiliationKey(), partner.text());
        }
    }

    private static void printRanked(Lookup l, List<ContradictionFinder.Pair> found) {
        int rank = 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).second().quoteId() == l.partner()) {
                rank = i + 1;
            }
        }
        System.out.printf(Locale.ROOT, "  %s/pairs.tsv:%d %s partner rank %s | %s (%s): %s%n", l.topic(), l.line(),
                l.direction(), rank == 0 ? "-" : rank, l.source().speakerName(), l.source().affiliationKey(),
                l.source().text());
        for (int i = 0; i < Math.min(5, found.size()); i++) {
            var p = found.get(i);
            long id = p.second().quoteId();
            String label = id == l.partner() ? "PARTNER" : l.contradiction().contains(id) ? "contradiction"
                    : l.same().contains(id) ? "same" : l.cross().contains(id) ? "cross"
                    : l.topicQuotes().contains(id) ? "unjudged" : "other topic";
            var st = org.verbatim.language.StanceComparison.compare(CLAIMS.of(l.source().text()),
                    CLAIMS.of(p.second().text()), ContradictionFinder.ownSide(l.source(), p.second()));
            System.out.printf(Locale.ROOT, "    %d. %.3f [%s] al=%.2f ov=%.2f dir=%d/%d w=%.2f %s (%s): %s %s%n", i + 1,
                    p.scored().score(), label, st.alignment(), st.overlap(), st.directionA(), st.directionB(),
                    l.wording().get(id), p.second().speakerName(), p.second().affiliationKey(), p.second().text(),
                    p.scored().reasons());
        }
    }
}
