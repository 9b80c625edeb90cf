package org.verbatim.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.verbatim.language.StanceComparison;

/**
 * The learned step of the contradiction finder: the rules' score of a pair ({@link ContradictionScorer}) times a factor
 * learned from how reviewers labelled pairs, over what the rules saw (which kinds of stance difference and how strong,
 * alignment, wording, who said each, same article or story, second-hand). The rules decide what is a candidate and
 * why; the factor orders them. Trained by {@code CandidateRankerTraining} ({@code mvn -Ptrain}) on the development
 * topics' labelled pairs, a pairwise logistic regression whose offset is the log of the rules' score; the weights ship
 * in {@value #RESOURCE}. Plain Java, immutable.
 */
final class CandidateRanker {

    static final String RESOURCE = "/org/verbatim/compare/candidate-ranker.tsv";

    /** What the factor is learned from; each a number about one pair. */
    enum Feature {
        STRENGTH, NEGATION, OPPOSITES, MODALITY, CONTINUATION, QUANTITY, TIMING, STANDING, POLARITY, DIFFERENCES,
        ALIGNMENT, OVERLAP, WORDING, OPPOSITE_DIRECTIONS, ONE_DIRECTION, SAME_SPEAKER, SAME_AFFILIATION,
        OTHER_AFFILIATION, SAME_ARTICLE, SAME_STORY, SECOND_HAND, REPORT_ONLY, SHARED_NAMES, SHARED_WORDS, LENGTH
    }

    /** The rules' order: every factor 1. */
    static final CandidateRanker NONE = new CandidateRanker(new EnumMap<>(Feature.class), 0);

    private final double[] weights;
    private final double center;

    CandidateRanker(Map<Feature, Double> weights, double center) {
        this.weights = new double[Feature.values().length];
        weights.forEach((f, w) -> this.weights[f.ordinal()] = w);
        this.center = center;
    }

    /** The ranker trained on the development topics, read once from the jar. */
    static CandidateRanker shipped() {
        return Shipped.RANKER;
    }

    private static final class Shipped {
        static final CandidateRanker RANKER = load();

        private static CandidateRanker load() {
            try (InputStream in = CandidateRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads weights written by {@link #write}: "# comment" lines, "@center value", and "FEATURE value" lines. */
    static CandidateRanker parse(String text) {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        double center = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Unreadable line in " + RESOURCE + ": " + l);
            }
            double value = Double.parseDouble(parts[1]);
            if (parts[0].equals("@center")) {
                center = value;
            } else {
                weights.put(Feature.valueOf(parts[0]), value);
            }
        }
        return new CandidateRanker(weights, center);
    }

    /** The weights as {@link #parse} reads them, after the comment lines given. */
    String write(String comments) {
        StringBuilder out = new StringBuilder(comments);
        out.append(String.format(Locale.ROOT, "@center\t%.6f%n", center));
        for (Feature f : Feature.values()) {
            out.append(String.format(Locale.ROOT, "%s\t%.6f%n", f.name(), weights[f.ordinal()]));
        }
        return out.toString();
    }

    /** The pair's features: what the rules found ({@code stance}) and where the two statements come from. */
    static double[] features(ContradictionFinder.Pair pair, StanceComparison.Result stance, ContradictionFinder.Neighbours around) {
        double[] x = new double[Feature.values().length];
        Statement a = pair.first();
        Statement b = pair.second();
        x[Feature.STRENGTH.ordinal()] = stance.strength();
        for (StanceComparison.Difference d : stance.differences()) {
            int i = Feature.valueOf(d.kind().name()).ordinal();
            x[i] = Math.max(x[i], d.weight());
        }
        x[Feature.DIFFERENCES.ordinal()] = stance.differences().size();
        x[Feature.ALIGNMENT.ordinal()] = stance.alignment();
        x[Feature.OVERLAP.ordinal()] = stance.overlap();
        Double wording = around.wording().get(b.quoteId());
        x[Feature.WORDING.ordinal()] = wording == null ? 0 : wording;
        x[Feature.OPPOSITE_DIRECTIONS.ordinal()] = stance.directionA() * stance.directionB() < 0 ? 1 : 0;
        x[Feature.ONE_DIRECTION.ordinal()] = (stance.directionA() == 0) != (stance.directionB() == 0) ? 1 : 0;
        boolean sameSpeaker = a.sameSpeakerAs(b) && a.speakerName() != null;
        boolean sameAffiliation = a.affiliationKey() != null && a.affiliationKey().equals(b.affiliationKey());
        x[Feature.SAME_SPEAKER.ordinal()] = sameSpeaker ? 1 : 0;
        x[Feature.SAME_AFFILIATION.ordinal()] = sameAffiliation && !sameSpeaker ? 1 : 0;
        x[Feature.OTHER_AFFILIATION.ordinal()] = a.affiliationKey() != null && b.affiliationKey() != null
                && !sameAffiliation && !sameSpeaker ? 1 : 0;
        x[Feature.SAME_ARTICLE.ordinal()] = a.articleId() == b.articleId() ? 1 : 0;
        x[Feature.SAME_STORY.ordinal()] = around.story().contains(b.quoteId()) ? 1 : 0;
        x[Feature.SECOND_HAND.ordinal()] = around.reported().contains(b.quoteId()) ? 1 : 0;
        // shown as a quote for the article's report of it, and only the report differs: the quote itself says
        // nothing the rules read against the source (the article's "the ferry would not run in the winter" for her
        // "the ferry matters to the island in the winter", against "the ferry will run all winter")
        x[Feature.REPORT_ONLY.ordinal()] = !stance.differs() && !pair.scored().unexplained() ? 1 : 0;
        x[Feature.SHARED_NAMES.ordinal()] = Math.min(3, stance.sharedNames().size());
        x[Feature.SHARED_WORDS.ordinal()] = Math.min(6, stance.sharedWords().size());
        x[Feature.LENGTH.ordinal()] = Math.log(1 + b.text().length());
        return x;
    }

    /** The learned part of a pair's log score, before centring. */
    double adjustment(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weights[i] * x[i];
        }
        return s;
    }

    /** What the rules' score is multiplied by: 1 on average over the pairs it was trained on. */
    double factor(double[] x) {
        return this == NONE ? 1 : Math.exp(adjustment(x) - center);
    }

    /** The same weights, centred on the pairs given: their average adjustment becomes a factor of 1. */
    CandidateRanker centredOn(java.util.List<double[]> pairs) {
        double mean = pairs.stream().mapToDouble(this::adjustment).average().orElse(0);
        Map<Feature, Double> w = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            w.put(f, weights[f.ordinal()]);
        }
        return new CandidateRanker(w, mean);
    }
}
