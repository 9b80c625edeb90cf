package org.verbatim.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scale fact-checkers rate a claim's truth on, apart from the attribution {@link Verdict}: configured as
 * {@code verbatim.claim-rating.scale[i].label} and {@code .value}, truest first; without configuration the default
 * below. A quote keeps the label chosen, so a label changed later leaves earlier ratings as they were said.
 */
@ConfigurationProperties("verbatim.claim-rating")
public record ClaimRatings(List<ClaimRating> scale) {

    public static final List<ClaimRating> DEFAULT = List.of(
            new ClaimRating("True", 6),
            new ClaimRating("Mostly true", 5),
            new ClaimRating("Mixed", 4),
            new ClaimRating("Misleading", 3),
            new ClaimRating("Mostly false", 2),
            new ClaimRating("False", 1),
            new ClaimRating("Unverifiable", null));

    public ClaimRatings {
        scale = scale == null || scale.isEmpty() ? DEFAULT : List.copyOf(scale);
        Set<String> labels = new HashSet<>();
        Set<Integer> values = new HashSet<>();
        for (ClaimRating r : scale) {
            Objects.requireNonNull(r, "verbatim.claim-rating.scale has an empty entry");
            if (!labels.add(key(r.label()))) {
                throw new IllegalArgumentException("verbatim.claim-rating.scale names “" + r.label() + "” twice");
            }
            if (r.ranked() && !values.add(r.value())) {
                throw new IllegalArgumentException("verbatim.claim-rating.scale gives the value " + r.value()
                        + " twice");
            }
        }
        if (values.size() < 2) {
            throw new IllegalArgumentException("verbatim.claim-rating.scale needs at least two ranked ratings");
        }
    }

    public static ClaimRatings standard() {
        return new ClaimRatings(null);
    }

    /** The rating with these words (any case), if the scale has it. */
    public Optional<ClaimRating> find(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String k = key(label);
        return scale.stream().filter(r -> key(r.label()).equals(k)).findFirst();
    }

    /** The rating a fact-checker asks for; words not on the scale are refused, naming those that are. */
    public ClaimRating require(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException("“" + label + "” is not a claim rating: "
                + "use one of " + String.join(", ", scale.stream().map(ClaimRating::label).toList())));
    }

    /** The value of the truest rating. */
    public int best() {
        return scale.stream().filter(ClaimRating::ranked).mapToInt(ClaimRating::value).max().orElseThrow();
    }

    /** The value of the least true rating. */
    public int worst() {
        return scale.stream().filter(ClaimRating::ranked).mapToInt(ClaimRating::value).min().orElseThrow();
    }

    /**
     * A rating as people read it: "Mostly false (2 of 1–6)"; the words alone for one outside the scale (or no longer
     * on it); {@code null} for none.
     */
    public String describe(String label) {
        if (label == null) {
            return null;
        }
        return find(label).filter(ClaimRating::ranked)
                .map(r -> r.label() + " (" + r.value() + " of " + worst() + "–" + best() + ")").orElse(label);
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
