package org.verbatim.review;

import java.time.Instant;
import java.time.LocalDate;

import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;

/** A quote as a queue shows it: enough to decide where to look next, and the version to act on. */
public record QueueItem(long quoteId, long version, long articleId, String articleTitle, LocalDate publishedOn,
                        String text, String speaker, QuoteType type, Double confidence, String extractor,
                        String assignedTo, ReviewStatus status, String reviewedBy, Instant reviewedAt,
                        Verdict verdict) {
}
