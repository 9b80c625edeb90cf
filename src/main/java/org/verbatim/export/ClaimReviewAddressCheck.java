package org.verbatim.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the ClaimReview export cannot run: every review must carry a {@code url}, and with neither a
 * review address nor Verbatim's public address configured there is none to give.
 */
@Component
class ClaimReviewAddressCheck {

    static final String WARNING = "The ClaimReview export is refused until its reviews have an address: set "
            + "VERBATIM_PUBLIC_URL (verbatim.export.public-url, the address people open Verbatim at, so that each "
            + "review points at its quote) or VERBATIM_REVIEW_URL (verbatim.export.review-url, where reviews are "
            + "published, {id} standing for the quote's id)";

    private static final Logger LOG = LoggerFactory.getLogger(ClaimReviewAddressCheck.class);

    private final ExportProperties properties;

    ClaimReviewAddressCheck(ExportProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenReviewsHaveNoAddress() {
        if (!properties.reviewsHaveAddresses()) {
            LOG.warn(WARNING);
        }
    }
}
