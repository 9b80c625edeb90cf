package org.verbatim.extraction.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.EntityRegistry;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;

/**
 * The learned speaker ranker: for a quote the sieves left without a speaker or with a weak guess (a direct quote with
 * no cue of its own, a run of quote paragraphs, a fragment inside a sentence), it ranks the candidate mentions and
 * earlier speakers ({@link RankerFeatures}) with a {@link LogisticRanker} trained on PolNeAR and attributes the quote
 * to the best one; the model's probability becomes the quote's confidence. Quotes with an explicit cue ("X said"
 * next to the quote) keep the sieves' answer. The weights ship in {@value #RESOURCE}; immutable and thread-safe.
 */
public final class SpeakerRanker {

    public static final String RESOURCE = "/org/verbatim/extraction/attribution/speaker-ranker.tsv";

    /** One quote's candidates as the ranker saw them (for training), and whether the ranker decides that quote. */
    public record Ranked(QuoteSpan quote, List<Candidate> candidates, boolean routed) {
    }

    /**
     * A candidate speaker: a mention near the quote, or an earlier quote whose speaker may be speaking again.
     *
     * @param entity the entity the mention refers to when known before resolution (names, pronouns), else {@code null}
     */
    public record Candidate(Mention mention, QuoteSpan earlier, Entity entity, double[] features) {
    }

    private final LogisticRanker model;
    private final double threshold;
    private final Consumer<Ranked> recorder;

    private SpeakerRanker(LogisticRanker model, double threshold, Consumer<Ranked> recorder) {
        if (model != null && model.features() != RankerFeatures.SIZE) {
            throw new IllegalArgumentException(model.features() + " weights for " + RankerFeatures.SIZE + " features");
        }
        this.model = model;
        this.threshold = threshold;
        this.recorder = recorder;
    }

    /** The ranker trained by {@code SpeakerRankerTraining}, read once from the jar. */
    public static SpeakerRanker shipped() {
        return Shipped.RANKER;
    }

    private static final class Shipped {
        static final SpeakerRanker RANKER = load();

        private static SpeakerRanker load() {
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The sieves alone. */
    public static SpeakerRanker rulesOnly() {
        return new SpeakerRanker(null, 0, null);
    }

    /** A ranker that decides the quotes it is given with {@code model} when its best probability reaches {@code threshold}. */
    public static SpeakerRanker of(LogisticRanker model, double threshold) {
        return new SpeakerRanker(Objects.requireNonNull(model, "model"), threshold, null);
    }

    /** The sieves alone, reporting every quote's candidates to {@code sink}: what training learns from. */
    public static SpeakerRanker recording(Consumer<Ranked> sink) {
        return new SpeakerRanker(null, 0, Objects.requireNonNull(sink, "sink"));
    }

    public static List<String> featureNames() {
        List<String> out = new ArrayList<>();
        for (RankerFeatures.Feature f : RankerFeatures.Feature.values()) out.add(f.name());
        return out;
    }

    /** The candidate's features by name, those that are not zero: for reading what the ranker saw. */
    public static String describe(Candidate c) {
        return RankerFeatures.describe(c.features());
    }

    public LogisticRanker model() {
        return model;
    }

    public double threshold() {
        return threshold;
    }

    /** The weights file: comment lines, {@code @threshold}, then one {@code FEATURE<TAB>weight} line per feature. */
    public static String format(LogisticRanker model, double threshold, List<String> comments) {
        StringBuilder out = new StringBuilder();
        for (String c : comments) out.append("# ").append(c).append('\n');
        out.append("@threshold\t").append(String.format(Locale.ROOT, "%.3f", threshold)).append('\n');
        double[] w = model.weights();
        for (RankerFeatures.Feature f : RankerFeatures.Feature.values()) {
            out.append(f.name()).append('\t').append(String.format(Locale.ROOT, "%.6f", w[f.ordinal()])).append('\n');
        }
        return out.toString();
    }

    /** Reads {@link #format}; a feature the file does not list weighs 0, a name the code does not know is an error. */
    public static SpeakerRanker parse(String tsv) {
        Map<String, Integer> index = new HashMap<>();
        for (RankerFeatures.Feature f : RankerFeatures.Feature.values()) index.put(f.name(), f.ordinal());
        double[] w = new double[RankerFeatures.SIZE];
        double threshold = 0;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            if (f.length != 2) throw new IllegalArgumentException("not a weight line: " + line);
            if (f[0].equals("@threshold")) {
                threshold = Double.parseDouble(f[1]);
                continue;
            }
            Integer k = index.get(f[0]);
            if (k == null) throw new IllegalArgumentException("unknown ranker feature " + f[0]);
            w[k] = Double.parseDouble(f[1]);
        }
        return of(new LogisticRanker(w), threshold);
    }

    /** The ranker's choice among a quote's candidates, and the probability that its speaker is right. */
    public record Decision(int candidate, double probability) {
    }

    /**
     * The best candidate: candidates that refer to the same entity pool their probability (a name said twice and the
     * pronoun after it are one speaker), the most probable speaker wins, and its most probable mention is chosen.
     */
    public Decision decide(List<Candidate> candidates) {
        if (model == null || candidates.isEmpty()) return null;
        List<double[]> xs = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) xs.add(c.features());
        double[] p = model.probabilities(xs);
        Map<Entity, Double> pooled = new java.util.IdentityHashMap<>();
        for (int i = 0; i < p.length; i++) {
            Entity e = candidates.get(i).entity();
            if (e != null) pooled.merge(e, p[i], Double::sum);
        }
        int best = -1;
        double bestPooled = -1;
        for (int i = 0; i < p.length; i++) {
            Entity e = candidates.get(i).entity();
            double pi = e == null ? p[i] : pooled.get(e);
            if (pi > bestPooled + 1e-12 || Math.abs(pi - bestPooled) <= 1e-12 && p[i] > p[best]) {
                best = i;
                bestPooled = pi;
            }
        }
        return new Decision(best, bestPooled);
    }

    /** Whether the ranker, rather than the sieves, decides the quote's mention. */
    static boolean routed(QuoteSpan q) {
        if (q.subhead() || q.absorbed()) return false;
        if (q.continues() != null) return q.confidence() < 0.7;
        return q.mention() == null || q.embedded();
    }

    Session session(AnnotatedText t, MentionIndex mentions, EntityRegistry registry, SpeakerResolver resolver, List<QuoteSpan> quotes) {
        return new Session(new RankerFeatures(t, mentions, registry, resolver, quotes));
    }

    /** One document, read in order by {@link SpeakerResolver}. */
    final class Session {
        private final RankerFeatures features;

        private Session(RankerFeatures features) {
            this.features = features;
        }

        /** Before the quote is resolved: the ranker may attribute it anew. */
        void reconsider(QuoteSpan q) {
            boolean routed = routed(q);
            if (!routed && recorder == null) return;
            if (q.subhead() || q.absorbed()) return;
            List<Candidate> candidates = features.candidates(q);
            if (recorder != null) recorder.accept(new Ranked(q, candidates, routed));
            if (model == null || !routed || candidates.isEmpty()) return;
            Decision d = decide(candidates);
            if (d.probability() < threshold) return;
            Candidate c = candidates.get(d.candidate());
            double confidence = 0.9 * Math.min(1, d.probability());
            if (c.mention() != null) {
                q.continueFrom(null, confidence);
                if (c.mention() != q.mention()) q.attribute(c.mention(), -1, null, confidence);
                else q.setConfidence(confidence);
            } else {
                q.attribute(null, -1, null, confidence);
                q.continueFrom(c.earlier(), confidence);
            }
        }

        /** After the quote is resolved. */
        void spoke(QuoteSpan q, Entity speaker) {
            features.spoke(q, speaker);
        }
    }
}
