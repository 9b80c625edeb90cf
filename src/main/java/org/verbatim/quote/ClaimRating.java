package org.verbatim.quote;

import java.util.Objects;

/**
 * One step of the claim rating scale: its words and its place on the scale ({@code value}, higher is truer). A rating
 * without a value stands outside the scale (the default "Unverifiable"): it is said, never ranked.
 */
public record ClaimRating(String label, Integer value) {

    /** The longest label a quote keeps (the column's size). */
    public static final int MAX_LABEL = 60;

    public ClaimRating {
        Objects.requireNonNull(label, "A claim rating needs a label");
        label = label.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("A claim rating's label has 1 to " + MAX_LABEL + " characters: “"
                    + label + "”");
        }
    }

    public boolean ranked() {
        return value != null;
    }
}
