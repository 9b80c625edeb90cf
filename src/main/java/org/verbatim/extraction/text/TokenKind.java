package org.verbatim.extraction.text;

public enum TokenKind {
    WORD,
    NUMBER,
    /** any double quotation mark (straight, curly, low, guillemet), and single marks that act as quotation marks */
    QUOTE,
    /** 's or ' after a word */
    POSSESSIVE,
    PUNCT
}
