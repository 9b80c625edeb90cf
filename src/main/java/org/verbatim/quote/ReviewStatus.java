package org.verbatim.quote;

public enum ReviewStatus {
    /** As the extractor suggested; nobody has looked yet. */
    PENDING,
    /** A fact-checker agreed with the suggestion. */
    CONFIRMED,
    /** A fact-checker changed the span, speaker or type. */
    CORRECTED,
    /** Not a quote. */
    REJECTED,
    /** An editor approved the reviewed attribution. */
    APPROVED;

    public boolean isReviewed() {
        return this == CONFIRMED || this == CORRECTED;
    }
}
