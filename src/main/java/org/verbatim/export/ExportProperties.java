package org.verbatim.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the exports say about who publishes them, and where their reviews can be read.
 *
 * @param organisation the fact-checking organisation, author of every ClaimReview
 * @param reviewUrl    where the review of a quote is published, {@code {id}} standing for the quote's id; blank: none
 * @param publicUrl    the address people reach this Verbatim at ({@code https://verbatim.example.org}); a review
 *                     without a published address points at the quote there
 */
@ConfigurationProperties("verbatim.export")
public record ExportProperties(@DefaultValue Organisation organisation, String reviewUrl, String publicUrl) {

    public record Organisation(@DefaultValue("Verbatim") String name, String url) {
    }

    /** Whether every ClaimReview can be given a {@code url}. */
    boolean reviewsHaveAddresses() {
        return !blank(reviewUrl) || !blank(publicUrl);
    }

    /**
     * The ClaimReview's {@code url}: the published review, else the quote in Verbatim; {@code null} when neither is
     * configured.
     */
    String reviewUrlOf(long quoteId, long articleId) {
        if (!blank(reviewUrl)) {
            return reviewUrl.strip().replace("{id}", Long.toString(quoteId));
        }
        if (!blank(publicUrl)) {
            String base = publicUrl.strip().replaceAll("/+$", "");
            return base + "/articles/" + articleId + "?quote=" + quoteId;
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
