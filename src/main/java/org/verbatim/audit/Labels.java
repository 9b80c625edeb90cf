package org.verbatim.audit;

import java.util.Locale;

import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ReviewAction;

/** How the history words values for people. */
final class Labels {

    private Labels() {
    }

    static String of(ReviewAction action) {
        return switch (action) {
            case ADD -> "Added by a reviewer";
            case CONFIRM -> "Confirmed";
            case CORRECT -> "Corrected";
            case REJECT -> "Rejected";
            case VERDICT -> "Verdict recorded";
            case RATE -> "Claim rated";
            case APPROVE -> "Approved";
            case RETURN -> "Returned for review";
        };
    }

    static String of(ReviewStatus status) {
        return status == null ? null : status.label();
    }

    static String of(QuoteType type) {
        return type == null ? null : type.label();
    }

    static String of(Verdict verdict) {
        return verdict == null ? null : verdict.label();
    }

    static String of(Double confidence) {
        return confidence == null ? null : String.format(Locale.ROOT, "%.2f", confidence);
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }
}
