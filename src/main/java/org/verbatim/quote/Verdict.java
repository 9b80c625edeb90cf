package org.verbatim.quote;

/** A fact-checker's finding about a quote. */
public enum Verdict {
    ACCURATE("Accurate"),
    MISQUOTED("Misquoted"),
    MISATTRIBUTED("Misattributed"),
    OUT_OF_CONTEXT("Out of context"),
    UNVERIFIABLE("Unverifiable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
