package org.verbatim.registry;

import java.time.LocalDate;

import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;

/** One thing a speaker said, where and when it was published, and how far its check has come. */
public record Statement(long quoteId, long articleId, String articleTitle, LocalDate publishedOn, String text,
                        QuoteType type, ReviewStatus status, Verdict verdict) {
}
