package org.verbatim.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found in one article. Quotes are ordered by {@code start}; speakers by first appearance.
 *
 * @param title     headline when the input carries one, else {@code null}
 * @param published publication date when the article states it, else {@code null}
 * @param publisher publisher when the article names it ("Source: …"), else {@code null}
 */
public record ExtractionResult(String title, LocalDate published, String publisher,
                               List<ExtractedSpeaker> speakers, List<ExtractedQuote> quotes) {
    public ExtractionResult {
        speakers = List.copyOf(speakers);
        quotes = List.copyOf(quotes);
    }
}
