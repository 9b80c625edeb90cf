package org.verbatim.quote;

public enum QuoteType {
    /** The speaker's words inside quotation marks. */
    DIRECT,
    /** Reported speech: "she said that ...". */
    INDIRECT,
    /** Reported speech with a partial quotation inside. */
    MIXED
}
