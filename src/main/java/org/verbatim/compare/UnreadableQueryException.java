package org.verbatim.compare;

/** A query the search could not read, with a message that says how to write one. */
public class UnreadableQueryException extends RuntimeException {
    UnreadableQueryException(String query, Throwable cause) {
        super(messageFor(query, cause), cause);
    }

    private static String messageFor(String query, Throwable cause) {
        if (query != null && query.length() > StatementQueries.MAX_QUERY_LENGTH) {
            return "The query has " + query.length() + " characters; Verbatim reads up to "
                    + StatementQueries.MAX_QUERY_LENGTH + " characters: shorten it to the words that matter.";
        }
        if (query != null && StatementQueries.wildcards(query) > StatementQueries.MAX_WILDCARDS) {
            return "The query has " + StatementQueries.wildcards(query) + " words with *; Verbatim reads up to "
                    + StatementQueries.MAX_WILDCARDS + ": each one stands for every word it begins.";
        }
        return "Verbatim could not read the query “" + query + "”. Use plain words; \"quotes\" for a phrase, "
                + "- to exclude a word, | for either, * at the end of a word for its beginning, ~1 after a word "
                + "for near spellings.";
    }
}
