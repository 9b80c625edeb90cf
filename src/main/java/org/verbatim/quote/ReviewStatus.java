package org.verbatim.quote;

public enum ReviewStatus {
    /** As the extractor suggested; nobody has looked yet (or an editor returned it). */
    PENDING("Pending"),
    /** A fact-checker agreed with the suggestion. */
    CONFIRMED("Confirmed"),
    /** A fact-checker changed the span, speaker or type. */
    CORRECTED("Corrected"),
    /** Not a quote. */
    REJECTED("Rejected"),
    /** An editor approved the reviewed attribution. */
    APPROVED("Approved");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** The name people read, the same on every screen. */
    public String label() {
        return label;
    }

    public boolean isReviewed() {
        return this == CONFIRMED || this == CORRECTED;
    }
}
