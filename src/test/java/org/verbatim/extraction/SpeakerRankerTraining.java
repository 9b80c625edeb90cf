package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbatim.extraction.attribution.LogisticRanker;
import org.verbatim.extraction.attribution.SpeakerRanker;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;

/**
 * Trains the speaker ranker on PolNeAR train (the publishers of {@link PolnearEval#HELD_OUT} left out) and writes its
 * weights to {@value #OUTPUT}; prints the ranker's accuracy on train and dev (dev without the held-out publishers).
 * Run with {@code mvn -o -Ptrain test}. A quote's candidate is right when it overlaps the annotated source or names
 * the same speaker, judged exactly as the evaluation judges a speaker ({@link EvalScorer#sameSpeaker}).
 */
@Tag("train")
class SpeakerRankerTraining {

    static final String OUTPUT = "src/main/resources/org/verbatim/extraction/attribution/speaker-ranker.tsv";
    static final double L2 = 1e-3;
    static final int ITERATIONS = 300;

    /** A recorded quote with its labels, and whether the sieves' own answer was right. */
    record Example(SpeakerRanker.Ranked ranked, boolean[] right, boolean sieveRight, String doc, String context) {
        boolean answerable() {
            for (boolean r : right) if (r) return true;
            return false;
        }
    }

    @Test
    void train_the_speaker_ranker() throws IOException {
        List<Example> train = examples("train");
        List<Example> dev = examples("dev");
        List<LogisticRanker.Choice> choices = new ArrayList<>();
        for (Example e : train) {
            if (!e.ranked().routed() || !e.answerable()) continue;
            List<double[]> xs = new ArrayList<>();
            for (SpeakerRanker.Candidate c : e.ranked().candidates()) xs.add(c.features());
            choices.add(new LogisticRanker.Choice(xs, e.right()));
        }
        LogisticRanker model = LogisticRanker.train(choices, SpeakerRanker.featureNames().size(), L2, ITERATIONS);
        double threshold = threshold(model, train);
        String trainLine = report("train", model, threshold, train);
        String devLine = report("dev", model, threshold, dev);
        System.out.println(trainLine);
        System.out.println(devLine);
        if (Boolean.getBoolean("ranker.experiment")) experiment(train, dev);
        if (Boolean.getBoolean("ranker.cv")) crossValidate(train);
        if (Boolean.getBoolean("ranker.unanswerable")) {
            for (Example e : train) {
                if (e.ranked().routed() && !e.answerable()) System.out.println("UNANSWERABLE " + e.doc() + " " + e.context().replace("\n", " | "));
            }
        }
        int dump = Integer.getInteger("ranker.dump", 0);
        if (dump > 0) dumpMisses(model, train, dump);
        List<String> comments = List.of(
                "Verbatim speaker ranker: LogisticRanker weights over RankerFeatures, written by SpeakerRankerTraining (mvn -Ptrain test).",
                "Trained on PolNeAR train without " + PolnearEval.HELD_OUT + ", " + choices.size() + " quotes the sieves left open or weak; l2=" + L2 + ".",
                trainLine, devLine);
        String tsv = SpeakerRanker.format(model, threshold, comments);
        Files.writeString(Path.of(OUTPUT), tsv, StandardCharsets.UTF_8);
        System.out.print(tsv);
        assertTrue(choices.size() > 100, "too few training quotes: " + choices.size());
    }

    /** Five folds of train by article: the ranker's top-1 accuracy on routed quotes for a few penalties. */
    static void crossValidate(List<Example> train) {
        for (double l2 : new double[]{1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2}) {
            int n = 0;
            int right = 0;
            for (int fold = 0; fold < 5; fold++) {
                List<LogisticRanker.Choice> choices = new ArrayList<>();
                List<Example> held = new ArrayList<>();
                for (Example e : train) {
                    if (!e.ranked().routed()) continue;
                    if (Math.floorMod(e.doc().hashCode(), 5) == fold) {
                        held.add(e);
                    } else if (e.answerable()) {
                        List<double[]> xs = new ArrayList<>();
                        for (SpeakerRanker.Candidate c : e.ranked().candidates()) xs.add(c.features());
                        choices.add(new LogisticRanker.Choice(xs, e.right()));
                    }
                }
                SpeakerRanker r = SpeakerRanker.of(LogisticRanker.train(choices, SpeakerRanker.featureNames().size(), l2, ITERATIONS), 0);
                for (Example e : held) {
                    n++;
                    SpeakerRanker.Decision d = r.decide(e.ranked().candidates());
                    if (d != null && e.right()[d.candidate()]) right++;
                }
            }
            System.out.printf(Locale.ROOT, "cv l2=%.4f: top-1 %.3f of %d%n", l2, ratio(right, n), n);
        }
    }

    /** Trained on every quote: would the ranker beat the sieves on the quotes they decide with a cue? */
    static void experiment(List<Example> train, List<Example> dev) {
        List<LogisticRanker.Choice> all = new ArrayList<>();
        for (Example e : train) {
            if (!e.answerable()) continue;
            List<double[]> xs = new ArrayList<>();
            for (SpeakerRanker.Candidate c : e.ranked().candidates()) xs.add(c.features());
            all.add(new LogisticRanker.Choice(xs, e.right()));
        }
        LogisticRanker model = LogisticRanker.train(all, SpeakerRanker.featureNames().size(), L2, ITERATIONS);
        for (List<Example> set : List.of(train, dev)) {
            java.util.TreeMap<String, int[]> byKind = new java.util.TreeMap<>();
            for (Example e : set) {
                QuoteSpan q = e.ranked().quote();
                String kind = (e.ranked().routed() ? "routed " : "cue ") + (q.isDirect() ? "D " : "R ")
                        + (q.mention() == null ? "-" : q.mention().kind()) + String.format(Locale.ROOT, " %.2f", q.confidence());
                int[] c = byKind.computeIfAbsent(kind, k -> new int[3]);
                c[0]++;
                if (e.sieveRight()) c[1]++;
                SpeakerRanker.Decision d = SpeakerRanker.of(model, 0).decide(e.ranked().candidates());
                if (d != null && e.right()[d.candidate()]) c[2]++;
            }
            System.out.println(set == train ? "experiment train (model on all quotes):" : "experiment dev:");
            byKind.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-30s n=%5d sieves=%.3f model=%.3f%n", k, c[0], ratio(c[1], c[0]), ratio(c[2], c[0])));
        }
    }

    /** Every so many of the training quotes the ranker gets wrong, with its candidates (train only, never dev). */
    static void dumpMisses(LogisticRanker model, List<Example> examples, int count) {
        List<Example> misses = new ArrayList<>();
        for (Example e : examples) {
            if (!e.ranked().routed() || !e.answerable()) continue;
            if (Boolean.getBoolean("ranker.dump.open") && (e.ranked().quote().mention() != null || e.ranked().quote().continues() != null)) continue;
            SpeakerRanker.Decision d = SpeakerRanker.of(model, 0).decide(e.ranked().candidates());
            if (!e.right()[d.candidate()]) misses.add(e);
        }
        int step = Math.max(1, misses.size() / count);
        for (int k = 0; k < misses.size(); k += step) {
            Example e = misses.get(k);
            QuoteSpan q = e.ranked().quote();
            double[] p = probabilities(model, e);
            System.out.println("### " + e.doc() + " " + e.context());
            for (int i = 0; i < p.length; i++) {
                SpeakerRanker.Candidate c = e.ranked().candidates().get(i);
                if (p[i] < 0.03 && !e.right()[i]) continue;
                String what = c.mention() != null ? c.mention().text() : "earlier:" + c.entity().name();
                System.out.printf(Locale.ROOT, "   %s %.2f %-30s %s%n", e.right()[i] ? "+" : " ", p[i], what, SpeakerRanker.describe(c));
            }
        }
    }

    /**
     * Below this probability the sieves' own answer (or none) is right more often than the ranker's guess, so the
     * quote stays as the sieves left it. Measured on train in bins of 0.1.
     */
    static double threshold(LogisticRanker model, List<Example> examples) {
        double chosen = 0;
        for (int b = 1; b <= 10; b++) {
            double lo = (b - 1) / 10.0;
            double hi = b / 10.0;
            int modelRight = 0;
            int sieve = 0;
            for (Example e : examples) {
                if (!e.ranked().routed()) continue;
                SpeakerRanker.Decision d = SpeakerRanker.of(model, 0).decide(e.ranked().candidates());
                if (d == null || d.probability() < lo || d.probability() >= hi && b < 10) continue;
                if (e.right()[d.candidate()]) modelRight++;
                if (e.sieveRight()) sieve++;
            }
            if (sieve > modelRight) chosen = hi;
        }
        return chosen;
    }

    static String report(String name, LogisticRanker model, double threshold, List<Example> examples) {
        int routed = 0;
        int answerable = 0;
        int modelRight = 0;
        int decided = 0;
        int sieveRight = 0;
        int combinedRight = 0;
        for (Example e : examples) {
            if (!e.ranked().routed()) continue;
            routed++;
            if (e.answerable()) answerable++;
            if (e.sieveRight()) sieveRight++;
            SpeakerRanker.Decision d = SpeakerRanker.of(model, 0).decide(e.ranked().candidates());
            boolean right = d != null && e.right()[d.candidate()];
            if (right) modelRight++;
            if (d != null && d.probability() >= threshold) {
                decided++;
                if (right) combinedRight++;
            } else if (e.sieveRight()) {
                combinedRight++;
            }
        }
        return String.format(Locale.ROOT, "ranker %s: %d quotes for the ranker (%d with a right candidate): sieves %.3f, ranker top-1 %.3f"
                        + " (%.3f of those with a right candidate), with threshold %.2f: %.3f (%d decided)",
                name, routed, answerable, ratio(sieveRight, routed), ratio(modelRight, routed), ratio(modelRight, answerable),
                threshold, ratio(combinedRight, routed), decided);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double[] probabilities(LogisticRanker model, Example e) {
        List<double[]> xs = new ArrayList<>();
        for (SpeakerRanker.Candidate c : e.ranked().candidates()) xs.add(c.features());
        return model.probabilities(xs);
    }

    static int argmax(double[] p) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (best < 0 || p[i] > p[best]) best = i;
        }
        return best;
    }

    /** Every quote the extractor finds in {@code split} that overlaps an annotated attribution with a source. */
    static List<Example> examples(String split) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Map.Entry<String, Path> a : PolnearEval.annotations(split).entrySet()) {
            if (PolnearEval.heldOut(a.getKey())) continue;
            Path tf = PolnearEval.root().resolve("data").resolve(split).resolve("text").resolve(a.getKey() + ".txt");
            if (!Files.exists(tf)) continue;
            String text = Files.readString(tf, StandardCharsets.UTF_8);
            List<EvalScorer.Gold> golds = PolnearEval.parse(Files.readString(a.getValue(), StandardCharsets.UTF_8), text);
            List<SpeakerRanker.Ranked> recorded = new ArrayList<>();
            QuoteExtractor.Annotated doc = new QuoteExtractor(SpeakerRanker.recording(recorded::add)).annotate(text, null);
            for (SpeakerRanker.Ranked r : recorded) {
                EvalScorer.Gold g = gold(doc.text(), r.quote(), golds);
                if (g == null) continue;
                boolean[] right = new boolean[r.candidates().size()];
                for (int i = 0; i < right.length; i++) right[i] = EvalScorer.sameSpeaker(text, g, predicted(doc.text(), r.candidates().get(i)));
                boolean sieve = EvalScorer.sameSpeaker(text, g, predicted(doc.text(), r.quote()));
                out.add(new Example(r, right, sieve, a.getKey(), context(doc.text(), r.quote(), g)));
            }
        }
        return out;
    }

    private static String context(AnnotatedText t, QuoteSpan q, EvalScorer.Gold g) {
        int p = t.paragraphOf(q.outerStart());
        int from = t.paragraph(Math.max(0, p - 1)).start();
        int to = t.paragraph(t.paragraphOf(q.outerEnd() - 1)).end();
        String quote = t.span(q.outerStart(), q.outerEnd());
        return "gold=" + t.text().substring(g.sourceStart(), g.sourceEnd()) + " quote=[" + quote.substring(0, Math.min(60, quote.length()))
                + "]\n   " + t.span(from, to).replace("\n", " ¶ ");
    }

    /** The annotated attribution with a source that overlaps the quote most, or null. */
    private static EvalScorer.Gold gold(AnnotatedText t, QuoteSpan q, List<EvalScorer.Gold> golds) {
        int start = t.token(q.contentStart()).start();
        int end = t.token(q.contentEnd() - 1).end();
        EvalScorer.Gold best = null;
        int bestOverlap = 0;
        for (EvalScorer.Gold g : golds) {
            int o = Math.min(end, g.end()) - Math.max(start, g.start());
            if (o > bestOverlap) {
                bestOverlap = o;
                best = g;
            }
        }
        return best == null || best.sourceStart() < 0 ? null : best;
    }

    private static EvalScorer.Predicted predicted(AnnotatedText t, SpeakerRanker.Candidate c) {
        Mention m = c.mention();
        if (m == null && c.earlier() != null) m = mentionOf(c.earlier());
        return predicted(t, m, c.entity());
    }

    private static EvalScorer.Predicted predicted(AnnotatedText t, QuoteSpan q) {
        return predicted(t, mentionOf(q), q.speaker());
    }

    private static Mention mentionOf(QuoteSpan q) {
        return q.mention() != null ? q.mention() : q.continues() != null ? q.continues().mention() : null;
    }

    private static EvalScorer.Predicted predicted(AnnotatedText t, Mention m, Entity e) {
        int ms = m == null ? -1 : t.token(m.coreStart()).start();
        int me = m == null ? -1 : t.token(m.coreEnd() - 1).end();
        List<String> names = new ArrayList<>();
        if (e != null) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        return new EvalScorer.Predicted(0, 0, e == null ? null : e.name(), names, m == null ? null : m.text(), ms, me);
    }
}
