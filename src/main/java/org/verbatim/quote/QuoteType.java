package org.verbatim.quote;

public enum QuoteType {
    /** The speaker's words inside quotation marks. */
    DIRECT("Direct"),
    /** Reported speech: "she said that ...". */
    INDIRECT("Indirect"),
    /** Reported speech with a partial quotation inside. */
    MIXED("Mixed");

    private final String label;

    QuoteType(String label) {
        this.label = label;
    }

    /** The name people read, the same on every screen. */
    public String label() {
        return label;
    }
}
