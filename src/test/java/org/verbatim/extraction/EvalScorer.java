package org.verbatim.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Overlap-based scoring shared by the evaluations. A predicted quote is correct for precision when its span overlaps
 * an annotated content by at least {@code minOverlap} (word tokens in common over the longer span's tokens; 0 means any
 * overlap); an annotated quote is recalled when some predicted span overlaps it that much; its speaker is right
 * when the best-overlapping prediction names the same speaker (see {@link #sameSpeaker}). "Strict" counts a recalled
 * quote only if its speaker is right too.
 */
final class EvalScorer {

    /** The shipped extractor, or with -Dverbatim.rulesOnly=true the sieves without the learned speaker ranker (for before/after). */
    static QuoteExtractor extractor() {
        return Boolean.getBoolean("verbatim.rulesOnly")
                ? new QuoteExtractor(org.verbatim.extraction.attribution.SpeakerRanker.rulesOnly()) : new QuoteExtractor();
    }

    /** The overlap levels every evaluation reports: any, 0.3 and 0.8. */
    static final double[] LEVELS = {0.0, 0.3, 0.8};

    private final double minOverlap;

    EvalScorer() {
        this(0.0);
    }

    EvalScorer(double minOverlap) {
        this.minOverlap = minOverlap;
    }

    /** One scorer per level of {@link #LEVELS}. */
    static List<EvalScorer> atEveryLevel() {
        List<EvalScorer> out = new ArrayList<>();
        for (double level : LEVELS) out.add(new EvalScorer(level));
        return out;
    }

    double minOverlap() {
        return minOverlap;
    }

    record Gold(int start, int end, String speaker, int sourceStart, int sourceEnd, boolean counted) {
    }

    record Predicted(int start, int end, String speaker, List<String> speakerNames, String mention, int mentionStart, int mentionEnd) {
    }

    private int predicted;
    private int predictedCorrect;
    private int gold;
    private int recalled;
    private int speakerJudged;
    private int speakerRight;
    private final List<String> misses = new ArrayList<>();

    void add(String doc, String text, List<Gold> golds, List<Predicted> preds) {
        for (Predicted p : preds) {
            predicted++;
            boolean hit = golds.stream().anyMatch(g -> enough(text, p.start(), p.end(), g.start(), g.end()));
            if (hit) predictedCorrect++;
            else misses.add("FP " + doc + ": " + snippet(text, p.start(), p.end()) + " <- " + p.speaker());
        }
        List<String> goldSpeakers = golds.stream().map(Gold::speaker).filter(java.util.Objects::nonNull).distinct().toList();
        for (Gold g : golds) {
            if (!g.counted()) continue;
            gold++;
            Predicted best = null;
            int bestOverlap = 0;
            for (Predicted p : preds) {
                int o = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                if (o > bestOverlap && enough(text, p.start(), p.end(), g.start(), g.end())) {
                    bestOverlap = o;
                    best = p;
                }
            }
            if (best == null) {
                Predicted near = minOverlap > 0 ? nearest(preds, g) : null;
                if (near != null) misses.add("BND " + doc + ": gold " + ends(text, g.start(), g.end()) + " pred " + ends(text, near.start(), near.end()));
                else misses.add("FN " + doc + ": " + (CONTEXT ? context(text, g.start(), g.end()) : snippet(text, g.start(), g.end())) + " <- " + g.speaker());
                continue;
            }
            recalled++;
            if (g.speaker() == null && g.sourceStart() < 0) {
                // no annotated source: right only if we left the speaker open too
                speakerJudged++;
                if (best.speaker() == null) speakerRight++;
                else misses.add("SPK " + doc + ": " + snippet(text, g.start(), g.end()) + " gold=null pred=" + best.speaker());
                continue;
            }
            speakerJudged++;
            if (sameSpeaker(text, g, best, goldSpeakers)) speakerRight++;
            else misses.add("SPK " + doc + ": " + snippet(text, g.start(), g.end()) + " gold=" + g.speaker() + " pred=" + best.speaker() + " (" + best.mention() + ")");
        }
    }

    /** {@link #sameSpeaker(String, Gold, Predicted, List)} with no other person in the article to tell apart. */
    static boolean sameSpeaker(String text, Gold g, Predicted p) {
        return sameSpeaker(text, g, p, List.of());
    }

    /**
     * A gold source span matches the mention it overlaps; otherwise one of the predicted names must name the gold
     * person and no other: its words contain the gold name's or lie inside it ("Smith" for "John Smith"), or it is a
     * description whose proper words all belong to the gold name ("President Trump", "Trump campaign" for "Donald
     * Trump"); a name that fits another gold speaker of the article at least as well ("Smith" beside "Jane Smith") is
     * wrong.
     */
    static boolean sameSpeaker(String text, Gold g, Predicted p, List<String> goldSpeakers) {
        if (g.sourceStart() >= 0 && p.mentionStart() >= 0 && overlaps(p.mentionStart(), p.mentionEnd(), g.sourceStart(), g.sourceEnd())) {
            return true;
        }
        if (g.speaker() == null || p.speaker() == null) return false;
        Set<String> gw = words(g.speaker());
        if (gw.isEmpty()) return false;
        for (String name : p.speakerNames()) {
            Set<String> pw = words(name);
            int fit = fit(pw, gw);
            if (fit == 0) continue;
            boolean another = false;
            for (String other : goldSpeakers) {
                Set<String> ow = words(other);
                boolean samePerson = ow.isEmpty() || gw.containsAll(ow) || ow.containsAll(gw);
                if (!samePerson && fit(pw, ow) >= fit) another = true;
            }
            if (!another) return true;
        }
        return false;
    }

    /**
     * How well predicted words {@code pw} name the speaker whose name has the words {@code gw}: 2 when one holds the
     * other, 1 for a description around a proper word of the name, 0 not at all.
     */
    private static int fit(Set<String> pw, Set<String> gw) {
        if (pw.isEmpty() || gw.isEmpty()) return 0;
        if (pw.containsAll(gw) || gw.containsAll(pw)) return 2;
        boolean shared = false;
        for (String w : pw) {
            if (!Character.isUpperCase(w.charAt(0))) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            boolean titleOrKind = org.verbatim.extraction.lexicon.Lexicon.TITLE_WORDS.contains(lower)
                    || org.verbatim.extraction.lexicon.Lexicon.ORG_WORDS.contains(lower);
            if (gw.contains(w)) shared |= w.length() >= 3 && !titleOrKind;
            // a capitalised title or organisation word may stand beside the name; another proper word names someone else
            else if (!titleOrKind) return 0;
        }
        return shared ? 1 : 0;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.replace('\u2019', '\'').split("[^\\p{L}\\p{N}'.-]+")) {
            String x = w.replaceAll("^[.'-]+|[.'-]+$", "").replaceAll("'s$", "");
            if (x.isEmpty()) continue;
            String lower = x.toLowerCase(Locale.ROOT);
            if (Set.of("the", "a", "an", "of", "and", "mr", "mrs", "ms", "miss", "dr", "his", "her").contains(lower)) continue;
            out.add(Character.isUpperCase(x.charAt(0)) ? capitalize(lower) : lower);
        }
        return out;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean overlaps(int a, int b, int c, int d) {
        return Math.min(b, d) > Math.max(a, c);
    }

    private boolean enough(String text, int a, int b, int c, int d) {
        if (!overlaps(a, b, c, d)) return false;
        if (minOverlap <= 0) return true;
        int common = wordTokens(text, Math.max(a, c), Math.min(b, d));
        int longer = Math.max(wordTokens(text, a, b), wordTokens(text, c, d));
        return longer > 0 && (double) common / longer >= minOverlap;
    }

    /** Word tokens (letters or digits) that start in [from, to). */
    static int wordTokens(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /** The prediction that overlaps a gold span most, at any overlap: the other side of a boundary miss. */
    private static Predicted nearest(List<Predicted> preds, Gold g) {
        Predicted near = null;
        int most = 0;
        for (Predicted p : preds) {
            int o = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
            if (o > most) {
                most = o;
                near = p;
            }
        }
        return near;
    }

    /** A span's first and last words, enough to see where two boundaries differ. */
    private static String ends(String text, int s, int e) {
        if (e - s <= 90) return snippet(text, s, e);
        return "\u00AB" + text.substring(s, s + 50).replace('\n', ' ') + " … " + text.substring(e - 35, e).replace('\n', ' ') + "\u00BB";
    }

    /** -Deval.dump.context=true: a missed quote is printed with the words around it (where its cue usually is). */
    private static final boolean CONTEXT = Boolean.getBoolean("eval.dump.context");

    private static String context(String text, int s, int e) {
        int from = Math.max(0, s - 160);
        int to = Math.min(text.length(), e + 80);
        return (text.substring(from, s) + snippet(text, s, e) + text.substring(e, to)).replace('\n', ' ');
    }

    private static String snippet(String text, int s, int e) {
        String x = text.substring(s, Math.min(e, s + 110)).replace('\n', ' ');
        return "\u00AB" + x + (e - s > 110 ? "…" : "") + "\u00BB";
    }

    double precision() { return predicted == 0 ? 0 : (double) predictedCorrect / predicted; }

    double recall() { return gold == 0 ? 0 : (double) recalled / gold; }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() { return speakerJudged == 0 ? 0 : (double) speakerRight / speakerJudged; }

    /** F1 where a recalled quote also needs the right speaker. */
    double strictF1() {
        double p = precision() * speakerAccuracy();
        double r = recall() * speakerAccuracy();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    List<String> misses() { return misses; }

    String report(String name) {
        String level = minOverlap <= 0 ? "any overlap" : String.format(Locale.ROOT, "overlap>=%.1f", minOverlap);
        return String.format(Locale.ROOT, "%s [%s]: predicted=%d gold=%d  P=%.3f R=%.3f F1=%.3f  speaker accuracy=%.3f (%d/%d)  strict F1=%.3f",
                name, level, predicted, gold, precision(), recall(), f1(), speakerAccuracy(), speakerRight, speakerJudged, strictF1());
    }

    static Predicted predicted(QuoteExtractor.Annotated a, int i) {
        ExtractedQuote q = a.result().quotes().get(i);
        var span = a.quotes().get(i);
        var m = span.mention() != null ? span.mention() : span.continues() != null ? span.continues().mention() : null;
        int ms = -1;
        int me = -1;
        if (m != null) {
            ms = a.text().token(m.coreStart()).start();
            me = a.text().token(m.coreEnd() - 1).end();
        }
        List<String> names = new ArrayList<>();
        if (span.speaker() != null) {
            names.add(span.speaker().name());
            names.addAll(span.speaker().aliases());
        }
        return new Predicted(q.start(), q.end(), q.speaker(), names, q.mention(), ms, me);
    }
}
