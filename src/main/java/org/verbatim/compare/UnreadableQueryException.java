package org.verbatim.compare;

/** A query the search could not read; its message is meant for the person who typed it. */
public class UnreadableQueryException extends RuntimeException {
    UnreadableQueryException(String query, Throwable cause) {
        super("Verbatim could not read the query “" + query + "”. Use plain words; \"quotes\" for a phrase, "
                + "- to exclude a word, | for either, * at the end of a word for its beginning, ~1 after a word "
                + "for near spellings.", cause);
    }
}
