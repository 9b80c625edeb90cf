package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PolNeAR (../shared/corpus/polnear, override with -Dverbatim.polnear=DIR; split with -Dpolnear.split, default dev).
 * Recall counts the attributions whose cue is a speech cue (lemmas in {@link #SPEECH}: statements, not beliefs or
 * evaluations such as "think", "want", "criticized", "called"); precision counts a prediction as right when it
 * overlaps the content of any annotated attribution, because PolNeAR annotates every attribution, not only speech.
 * Development happens on train; dev is only measured. Two publishers are held out of both ({@link #HELD_OUT}).
 */
@Tag("eval")
class PolnearEval {

    /** Speech cues: what a quote extractor is asked to find. */
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "claim", "tweet", "write", "note", "stress",
            "emphasize", "announce", "explain", "insist", "argue", "warn", "deny", "confirm", "reiterate", "assert",
            "declare", "acknowledge", "admit", "report", "reply", "respond", "comment", "ask", "suggest", "urge",
            "predict", "promise", "vow", "maintain", "according", "quote", "post", "recall", "continue", "testify",
            "remark", "mention", "describe", "allege", "complain", "concede", "joke", "answer");

    /**
     * Publishers held out of all development since session 3: their articles (train and dev) are a blind test, measured
     * once per session and never looked at case by case. Development uses the other five publishers' train and dev.
     */
    static final Set<String> HELD_OUT = Set.of("usa-today", "west-journal");

    static Path root() {
        return Path.of(System.getProperty("verbatim.polnear", "../shared/corpus/polnear"));
    }

    static boolean heldOut(String article) {
        return HELD_OUT.contains(article.substring(0, article.indexOf('_')));
    }

    /** Development measure: dev split, publishers not held out. Misses printed with -Dpolnear.dump=true (any overlap). */
    @Test
    void polnear_dev_reaches_its_floor() throws IOException {
        String split = System.getProperty("polnear.split", "dev");
        List<EvalScorer> scores = score(List.of(split), a -> !heldOut(a), "polnear-" + split);
        // -Dpolnear.dump.level=1 or 2 prints the misses at overlap 0.3 or 0.8 (BND: found, but its boundaries are off)
        int level = Integer.getInteger("polnear.dump.level", 0);
        if (Boolean.getBoolean("polnear.dump")) scores.get(level).misses().forEach(m -> System.out.println("  " + m));
        if (split.equals("dev")) {
            assertTrue(scores.get(1).f1() >= FLOOR_F1, "PolNeAR dev F1 fell: " + scores.get(1).f1());
            assertTrue(scores.get(1).speakerAccuracy() >= FLOOR_SPEAKER, "PolNeAR dev speaker accuracy fell: " + scores.get(1).speakerAccuracy());
            assertTrue(scores.get(2).f1() >= FLOOR_F1_AT_08, "PolNeAR dev F1 at overlap 0.8 fell: " + scores.get(2).f1());
        }
    }

    /** Blind measure: the held-out publishers' train and dev articles. Never dumped, never tuned against. */
    @Test
    void polnear_held_out_publishers_reach_their_floor() throws IOException {
        List<EvalScorer> scores = score(List.of("train", "dev"), PolnearEval::heldOut, "polnear-held-out " + HELD_OUT);
        assertTrue(scores.get(1).f1() >= BLIND_FLOOR_F1, "PolNeAR held-out F1 fell: " + scores.get(1).f1());
        assertTrue(scores.get(1).speakerAccuracy() >= BLIND_FLOOR_SPEAKER, "PolNeAR held-out speaker accuracy fell: " + scores.get(1).speakerAccuracy());
    }

    // overlap >= 0.3; start of session 3: dev F1 0.808, speaker 0.933; held-out 0.783, 0.927.
    // End of session 3: dev 0.805, 0.948; held-out 0.784, 0.950.
    // Session 5 (span5): interrupted quotations as one quote, dev 0.820/0.528 -> 0.867/0.710 at overlap 0.3/0.8.
    // Session 6 (recall6, extractor 1.4): shares, phrases before a closing verb, infinitives; dev 0.872/0.716.
    // Session 11 (bounds11, extractor 1.5): sentence-completing quotes as MIXED, fronted clauses, titles in an interruption; dev 0.875/0.724, 0.956.
    // Session 11 (recall11, extractor 1.6): progressive speech verbs, shares opening a later clause; dev 0.880/0.729, 0.956.
    // Session 12 (bounds12, extractor 1.7): content ends before another attribution, 'but' clauses that finish the predicate, interrupted
    // quotes around a reported participle clause, subjects behind -ing phrases and dash asides, participles after an
    // adverb or "while", speech verbs in the infinitive ("continued to insist that"); dev 0.884/0.741, 0.963.
    static final double FLOOR_F1 = 0.878;
    static final double FLOOR_F1_AT_08 = 0.735;
    static final double FLOOR_SPEAKER = 0.955;
    // Held out, measured once at the end of bounds12 (extractor 1.7): 0.860 / 0.734, speaker 0.955.
    static final double BLIND_FLOOR_F1 = 0.85;
    static final double BLIND_FLOOR_SPEAKER = 0.945;

    /** Scores at every overlap level ({@link EvalScorer#LEVELS}) over the articles of {@code splits} that {@code take}. */
    static List<EvalScorer> score(List<String> splits, java.util.function.Predicate<String> take, String name) throws IOException {
        QuoteExtractor extractor = EvalScorer.extractor();
        List<EvalScorer> scores = EvalScorer.atEveryLevel();
        long t0 = System.nanoTime();
        int articles = 0;
        // -Dpolnear.boundaries=FILE writes the boundary misses, misses and spurious quotes for reading (PolnearBoundaryDump)
        String dumpTo = System.getProperty("polnear.boundaries");
        PolnearBoundaryDump dump = dumpTo == null || dumpTo.isEmpty() ? null : new PolnearBoundaryDump(Path.of(dumpTo));
        for (String split : splits) {
            for (var e : annotations(split).entrySet()) {
                if (!take.test(e.getKey())) continue;
                Path tf = root().resolve("data").resolve(split).resolve("text").resolve(e.getKey() + ".txt");
                if (!Files.exists(tf)) continue;
                articles++;
                String content = Files.readString(tf, StandardCharsets.UTF_8);
                String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
                List<EvalScorer.Gold> golds = parse(ann, content);
                QuoteExtractor.Annotated a = extractor.annotate(content, null);
                if (dump != null) dump.add(e.getKey(), content, ann, a);
                List<EvalScorer.Predicted> preds = new ArrayList<>();
                for (int i = 0; i < a.result().quotes().size(); i++) preds.add(EvalScorer.predicted(a, i));
                for (EvalScorer s : scores) s.add(e.getKey(), content, golds, preds);
            }
        }
        if (dump != null) dump.close();
        for (EvalScorer s : scores) System.out.println(s.report(name));
        System.out.printf(Locale.ROOT, "%s: %d articles, %.1f s%n", name, articles, (System.nanoTime() - t0) / 1e9);
        return scores;
    }

    /** Article name to its annotation file (the first annotator's, where several annotated it). */
    static Map<String, Path> annotations(String split) throws IOException {
        Path ann = root().resolve("data").resolve(split).resolve("attributions");
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(ann)) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                annotations.putIfAbsent(article, p);
            });
        }
        return annotations;
    }

    record Span(int start, int end, String text) {
    }

    /** One annotated attribution: its content span, its source and cue (null when not annotated). */
    record Attribution(Span content, Span source, Span cue) {
        boolean speech() {
            return cue != null && isSpeechCue(cue.text());
        }
    }

    /** Brat standoff: T lines are spans (possibly discontinuous), E lines tie Source/Cue/Content into an attribution. */
    static List<Attribution> attributions(String ann, String content) {
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            if (f[0].startsWith("T")) {
                String[] typeAndRanges = f[1].split(" ", 2);
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (String r : typeAndRanges[1].split(";")) {
                    String[] se = r.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(se[0]));
                    end = Math.max(end, Integer.parseInt(se[1]));
                }
                spans.put(f[0], new Span(start, Math.min(end, content.length()), f.length > 2 ? f[2] : ""));
            } else if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] ev : events) {
            Span source = null;
            Span cue = null;
            Span body = null;
            for (String part : ev) {
                String[] kv = part.split(":");
                if (kv.length != 2) continue;
                Span s = spans.get(kv[1]);
                switch (kv[0]) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> body = s;
                    default -> { }
                }
            }
            if (body == null || body.end() <= body.start()) continue;
            out.add(new Attribution(body, source, cue));
        }
        return out;
    }

    /** The attributions as gold quotes; only those with a speech cue count for recall. */
    static List<EvalScorer.Gold> parse(String ann, String content) {
        List<EvalScorer.Gold> out = new ArrayList<>();
        for (Attribution a : attributions(ann, content)) {
            Span source = a.source();
            out.add(new EvalScorer.Gold(a.content().start(), a.content().end(), source == null ? null : source.text(),
                    source == null ? -1 : source.start(), source == null ? -1 : source.end(), a.speech()));
        }
        return out;
    }

    static boolean isSpeechCue(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.isEmpty()) continue;
            if (SPEECH.contains(lemma(w))) return true;
        }
        return false;
    }

    static String lemma(String w) {
        switch (w) {
            case "said", "says", "saying" -> { return "say"; }
            case "told", "tells", "telling" -> { return "tell"; }
            case "wrote", "writes", "writing", "written" -> { return "write"; }
            default -> { }
        }
        if (SPEECH.contains(w)) return w;
        for (String suffix : new String[]{"ing", "ed", "es", "s", "d"}) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (SPEECH.contains(stem)) return stem;
                if (SPEECH.contains(stem + "e")) return stem + "e";
                if (stem.endsWith("i") && SPEECH.contains(stem.substring(0, stem.length() - 1) + "y")) return stem.substring(0, stem.length() - 1) + "y";
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && SPEECH.contains(stem.substring(0, stem.length() - 1))) return stem.substring(0, stem.length() - 1);
            }
        }
        return w;
    }
}
