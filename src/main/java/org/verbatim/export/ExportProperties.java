package org.verbatim.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the exports say about who publishes them.
 *
 * @param organisation the fact-checking organisation, author of every ClaimReview
 * @param reviewUrl    where the review of a quote is published, {@code {id}} standing for the quote's id; blank: none
 */
@ConfigurationProperties("verbatim.export")
public record ExportProperties(@DefaultValue Organisation organisation, String reviewUrl) {

    public record Organisation(@DefaultValue("Verbatim") String name, String url) {
    }

    String reviewUrlOf(long quoteId) {
        return reviewUrl == null || reviewUrl.isBlank() ? null : reviewUrl.replace("{id}", Long.toString(quoteId));
    }
}
