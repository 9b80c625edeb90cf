package org.verbatim.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Boundary misses on PolNeAR for reading, not scoring: with -Dpolnear.boundaries=FILE, {@link PolnearEval} writes one
 * record per speech attribution found at overlap ≥ 0.3 but not ≥ 0.8 (BND), per speech attribution missed at 0.3
 * (FN), per prediction that fits some content at ≥ 0.3 but none at ≥ 0.8 (BNDP) and per prediction that fits none at
 * 0.3 (FP). A boundary record gives the words the prediction has beyond the gold span (+) or lacks (-) at each end, the
 * gold cue and the prediction's type, so the misses can be counted by shape.
 */
final class PolnearBoundaryDump {

    private record Attribution(int start, int end, int cueStart, int cueEnd, String cue, boolean speech) {
    }

    private final PrintWriter out;

    PolnearBoundaryDump(Path file) throws IOException {
        out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void close() {
        out.close();
    }

    void add(String doc, String text, String ann, QuoteExtractor.Annotated a) {
        List<Attribution> golds = parse(ann, text);
        List<ExtractedQuote> preds = a.result().quotes();
        for (Attribution g : golds) {
            if (!g.speech()) continue;
            ExtractedQuote best = best(preds, p -> ratio(text, p.start(), p.end(), g.start(), g.end()));
            double bestRatio = best == null ? 0 : ratio(text, best.start(), best.end(), g.start(), g.end());
            if (bestRatio >= 0.8) continue;
            if (bestRatio >= 0.3) record("BND", doc, text, g, best, bestRatio);
            else record("FN", doc, text, g, best, bestRatio);
        }
        for (ExtractedQuote p : preds) {
            Attribution best = best(golds, g -> ratio(text, p.start(), p.end(), g.start(), g.end()));
            double bestRatio = best == null ? 0 : ratio(text, p.start(), p.end(), best.start(), best.end());
            if (bestRatio >= 0.8) continue;
            record(bestRatio >= 0.3 ? "BNDP" : "FP", doc, text, best, p, bestRatio);
        }
        out.flush();
    }

    /** The item of {@code items} with the highest positive score, or null. */
    private static <T> T best(List<T> items, ToDoubleFunction<T> score) {
        T best = null;
        double most = 0;
        for (T x : items) {
            double v = score.applyAsDouble(x);
            if (v > most) {
                most = v;
                best = x;
            }
        }
        return best;
    }

    private void record(String kind, String doc, String text, Attribution g, ExtractedQuote p, double ratio) {
        out.printf("%s %s %.2f type=%s gcue=%s pcue=%s%n", kind, doc, ratio, p == null ? "-" : p.type(),
                g == null ? "-" : "«" + g.cue().replace('\n', ' ') + "»" + (g.speech() ? "" : "(nonspeech)"),
                p == null ? "-" : p.cue());
        if (g != null && p != null) {
            out.println("  L: " + diff(text, p.start(), g.start()));
            out.println("  R: " + diff(text, g.end(), p.end()));
        }
        if (g != null) out.println("  G: " + context(text, g.start(), g.end(), g.cueStart(), g.cueEnd()));
        if (p != null) out.println("  P: " + context(text, p.start(), p.end(), -1, -1));
    }

    /** The text between two offsets, signed: + when the prediction reaches past the gold, - when it stops short. */
    private static String diff(String text, int a, int b) {
        if (a == b) return "=";
        String sign = a < b ? "+" : "-";
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        String s = text.substring(from, to).replace('\n', '¶');
        if (s.length() > 160) s = s.substring(0, 70) + " … " + s.substring(s.length() - 70);
        return sign + EvalScorer.wordTokens(text, from, to) + " «" + s + "»";
    }

    /** The span in [[ ]] with 80 characters around it and the cue, when given, in {{ }}. */
    private static String context(String text, int s, int e, int cs, int ce) {
        int from = Math.max(0, Math.min(s, cs < 0 ? s : cs) - 80);
        int to = Math.min(text.length(), Math.max(e, ce) + 60);
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i == s) b.append("[[");
            if (i == cs) b.append("{{");
            if (i == ce) b.append("}}");
            if (i == e) b.append("]]");
            b.append(text.charAt(i));
        }
        if (e == to) b.append("]]");
        String x = b.toString().replace('\n', '¶');
        if (x.length() > 900) x = x.substring(0, 450) + " … " + x.substring(x.length() - 300);
        return x;
    }

    private static double ratio(String text, int a, int b, int c, int d) {
        if (!EvalScorer.overlaps(a, b, c, d)) return 0;
        int common = EvalScorer.wordTokens(text, Math.max(a, c), Math.min(b, d));
        int longer = Math.max(EvalScorer.wordTokens(text, a, b), EvalScorer.wordTokens(text, c, d));
        return longer == 0 ? 0 : (double) common / longer;
    }

    private static List<Attribution> parse(String ann, String content) {
        List<Attribution> out = new ArrayList<>();
        for (PolnearEval.Attribution a : PolnearEval.attributions(ann, content)) {
            PolnearEval.Span c = a.cue();
            out.add(new Attribution(a.content().start(), a.content().end(), c == null ? -1 : c.start(), c == null ? -1 : c.end(),
                    c == null ? "" : c.text(), a.speech()));
        }
        return out;
    }
}
