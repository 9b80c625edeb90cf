package org.verbatim.review;

import java.time.Instant;
import java.time.LocalDate;

import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;

/**
 * A quote as a queue shows it: enough to decide where to look next, and the version to act on. {@code returnedBy}
 * and {@code returnComment} are set while an editor's return waits for the reviewer; {@code sources} and
 * {@code verdictNote} are the evidence behind the verdict; {@code claimRating} and its note rate the claim itself;
 * {@code correctionReason} is why the latest correction changed the quote.
 */
public record QueueItem(long quoteId, long version, long articleId, String articleTitle, LocalDate publishedOn,
                        String text, String speaker, QuoteType type, Double confidence, String extractor,
                        String assignedTo, ReviewStatus status, String reviewedBy, Instant reviewedAt,
                        Verdict verdict, String verdictNote, String claimRating, String claimRatingNote,
                        String sources, String returnedBy,
                        String returnComment, String correctionReason) {

    public boolean returned() {
        return returnedBy != null && status == ReviewStatus.PENDING;
    }
}
