package org.verbatim.extraction;

/** How the words reach the reader: verbatim in quote marks, paraphrased, or paraphrase with a quoted fragment. */
public enum QuoteType {
    DIRECT,
    INDIRECT,
    MIXED
}
