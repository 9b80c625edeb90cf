package org.verbatim.extraction;

/** The input cannot be turned into article text. The message says what is wrong and what the user can do about it. */
public final class UnreadableArticleException extends Exception {
    public UnreadableArticleException(String message) {
        super(message);
    }
}
