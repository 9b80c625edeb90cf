package org.verbatim.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.CandidateRanker.Feature;
import org.verbatim.compare.ContradictionScorer.Memory;
import org.verbatim.language.StanceComparison;

/**
 * Trains the contradiction finder's learned step ({@link CandidateRanker}) on a dump of the development topics'
 * lookups and writes its weights to {@value #OUTPUT}. Make the dump with {@link ContradictionEval} on the dev set
 * only (never the blind one): {@code mvn -o -Peval test -Dtest=ContradictionEval -Dcontradiction.sets=dev
 * -Dcontradiction.dump=FILE}, then {@code mvn -o -Ptrain test -Dcontradiction.train=FILE}. It prints the rules'
 * figures and the learned order's in five-fold cross-validation by topic (no topic is in its own training folds),
 * then trains on every topic.
 * <p>
 * Per lookup, the rules' best {@value #TOP} candidates: each labelled contradiction should rank above each other
 * candidate, a same-stance pair ({@value #SAME_STANCE} times as much) above none, and a same-stance pair below each
 * unlabelled one. A pairwise logistic regression whose offset is the log of the rules' score, with an L2 penalty.
 */
@Tag("train")
class CandidateRankerTraining {

    static final String OUTPUT = "src/main/resources/org/verbatim/compare/candidate-ranker.tsv";
    static final int TOP = 20;
    static final double SAME_STANCE = 4;
    static final double L2 = 0.01;
    static final int EPOCHS = 2000;
    static final double RATE = 0.05;

    /** One candidate: the log of the rules' score, its features, and what the labels say of it. */
    record Candidate(long id, double logScore, double[] x, boolean contradiction, boolean same, boolean unexplained) {
    }

    record Lookup(String topic, long partner, List<Candidate> candidates) {
    }

    @Test
    void train() throws IOException {
        String file = System.getProperty("contradiction.train");
        if (file == null) {
            System.out.println("candidate-ranker: no -Dcontradiction.train=FILE given; make one with ContradictionEval"
                    + " -Dcontradiction.sets=dev -Dcontradiction.dump=FILE (see this class)");
            return;
        }
        List<Lookup> lookups = read(Path.of(file));
        String cv = crossValidate(lookups);
        System.out.print(cv);
        List<double[]> all = new ArrayList<>();
        lookups.forEach(l -> l.candidates().forEach(c -> all.add(c.x())));
        CandidateRanker ranker = fit(lookups).centredOn(all);
        String comments = "# Verbatim contradiction candidate ranker: CandidateRanker weights, written by"
                + " CandidateRankerTraining (mvn -Ptrain test -Dcontradiction.train=DUMP).\n"
                + String.format(Locale.ROOT, "# Trained on %d lookups of %d development topics; l2=%s, same-stance"
                        + " weight %s.%n", lookups.size(), topics(lookups).size(), L2, SAME_STANCE)
                + cv.lines().map(l -> "# " + l + "\n").reduce("", String::concat);
        Files.createDirectories(Path.of(OUTPUT).getParent());
        Files.writeString(Path.of(OUTPUT), ranker.write(comments), StandardCharsets.UTF_8);
        System.out.println("candidate-ranker: weights written to " + OUTPUT);
    }

    static List<Lookup> read(Path dump) throws IOException {
        Claims claims = new Claims();
        List<Lookup> out = new ArrayList<>();
        for (ContradictionReplay.Lookup l : ContradictionReplay.read(dump)) {
            if (l.topic().equals("seed") || !l.set().equals("dev")) {
                continue;
            }
            var around = new ContradictionFinder.Neighbours(l.source(), l.others(), l.wording(), l.reported(),
                    l.story());
            List<Candidate> candidates = new ArrayList<>();
            for (var p : ContradictionFinder.weighAll(claims, around, Memory.EMPTY, TOP, CandidateRanker.NONE)) {
                var stance = StanceComparison.compare(claims.of(p.first().text()), claims.of(p.second().text()),
                        ContradictionFinder.ownSide(p.first(), p.second()));
                long id = p.second().quoteId();
                candidates.add(new Candidate(id, Math.log(1e-6 + p.scored().score()),
                        CandidateRanker.features(p, stance, around), l.contradiction().contains(id),
                        l.same().contains(id), p.scored().unexplained()));
            }
            out.add(new Lookup(l.topic(), l.partner(), candidates));
        }
        return out;
    }

    private static TreeSet<String> topics(List<Lookup> lookups) {
        TreeSet<String> out = new TreeSet<>();
        lookups.forEach(l -> out.add(l.topic()));
        return out;
    }

    /** The rules' figures and the learned order's, five folds of topics. */
    static String crossValidate(List<Lookup> lookups) {
        List<String> order = new ArrayList<>(topics(lookups));
        Collections.shuffle(order, new Random(7));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            fold.put(order.get(i), i % 5);
        }
        int[] rules = new int[3];
        int[] learned = new int[3];
        for (int k = 0; k < 5; k++) {
            int test = k;
            CandidateRanker ranker = fit(lookups.stream().filter(l -> fold.get(l.topic()) != test).toList());
            for (Lookup l : lookups.stream().filter(l -> fold.get(l.topic()) == test).toList()) {
                count(l, l.candidates(), rules);
                count(l, ordered(l.candidates(), ranker), learned);
            }
        }
        int n = lookups.size();
        return String.format(Locale.ROOT, "cross-validation by topic, %d lookups: rules P@1 %.3f R@5 %.3f same-stance"
                        + " in a top 3 %d; learned P@1 %.3f R@5 %.3f same-stance in a top 3 %d%n", n,
                rules[0] / (double) n, rules[1] / (double) n, rules[2], learned[0] / (double) n,
                learned[1] / (double) n, learned[2]);
    }

    /** Pairs with a stance difference first, as the finder shows them; then by the rules' score times the factor. */
    static List<Candidate> ordered(List<Candidate> candidates, CandidateRanker ranker) {
        List<Candidate> out = new ArrayList<>(candidates);
        out.sort(java.util.Comparator.comparing(Candidate::unexplained)
                .thenComparingDouble(c -> -(c.logScore() + ranker.adjustment(c.x()))));
        return out;
    }

    private static void count(Lookup l, List<Candidate> ranked, int[] c) {
        if (!ranked.isEmpty() && ranked.getFirst().contradiction()) {
            c[0]++;
        }
        if (ranked.stream().limit(5).anyMatch(x -> x.id() == l.partner())) {
            c[1]++;
        }
        if (ranked.stream().limit(3).anyMatch(Candidate::same)) {
            c[2]++;
        }
    }

    /** Pairwise logistic regression on the lookups' ordered pairs of candidates. */
    static CandidateRanker fit(List<Lookup> lookups) {
        int d = Feature.values().length;
        List<double[]> diffs = new ArrayList<>();
        List<Double> offsets = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Lookup l : lookups) {
            for (Candidate better : l.candidates()) {
                for (Candidate worse : l.candidates()) {
                    double weight = better.contradiction() && !worse.contradiction() ? (worse.same() ? SAME_STANCE : 1)
                            : !better.contradiction() && !better.same() && worse.same() ? 1 : 0;
                    if (weight == 0) {
                        continue;
                    }
                    double[] x = new double[d];
                    for (int i = 0; i < d; i++) {
                        x[i] = better.x()[i] - worse.x()[i];
                    }
                    diffs.add(x);
                    offsets.add(better.logScore() - worse.logScore());
                    weights.add(weight);
                }
            }
        }
        double[] w = new double[d];
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (int epoch = 0; epoch < EPOCHS && total > 0; epoch++) {
            double[] g = new double[d];
            for (int j = 0; j < diffs.size(); j++) {
                double[] x = diffs.get(j);
                double margin = offsets.get(j);
                for (int i = 0; i < d; i++) {
                    margin += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-margin));
                for (int i = 0; i < d; i++) {
                    g[i] += weights.get(j) * (p - 1) * x[i];
                }
            }
            for (int i = 0; i < d; i++) {
                w[i] -= RATE * (g[i] / total + L2 * w[i]);
            }
        }
        Map<Feature, Double> out = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            out.put(f, w[f.ordinal()]);
        }
        return new CandidateRanker(out, 0);
    }
}
