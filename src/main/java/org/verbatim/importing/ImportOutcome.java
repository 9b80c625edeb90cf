package org.verbatim.importing;

/**
 * What became of one imported text.
 *
 * @param articleId the new article, or the one that already had this text
 * @param quotes    quotes found (for a duplicate: the quotes the existing article has)
 */
public record ImportOutcome(Status status, Long articleId, String title, int quotes, String message) {

    public enum Status { IMPORTED, DUPLICATE, FAILED }

    public static ImportOutcome failed(String message) {
        return new ImportOutcome(Status.FAILED, null, null, 0, message);
    }
}
