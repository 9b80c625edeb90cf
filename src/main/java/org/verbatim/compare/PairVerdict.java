package org.verbatim.compare;

/** What a reviewer says about two statements side by side. */
public enum PairVerdict {
    CONTRADICTS("Contradicts"),
    CONSISTENT("Consistent"),
    UNRELATED("Unrelated");

    private final String label;

    PairVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
