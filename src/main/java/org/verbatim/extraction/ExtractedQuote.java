package org.verbatim.extraction;

import java.util.Objects;

/**
 * One quote found in an article. {@code start} and {@code end} are UTF-16 ({@code char}) offsets into the article text
 * as stored, so {@code articleText.substring(start, end).equals(text)} always holds.
 *
 * @param text       DIRECT: the words inside the quote marks (an interrupted quotation, "“A,” she said, “B.”", is one
 *                   quote from A to B with the attribution inside); INDIRECT/MIXED: the reported content, never the
 *                   attribution
 * @param speaker    canonical name of the speaker (see {@link ExtractedSpeaker#name()}), or {@code null} when unknown
 * @param mention    how the article refers to the speaker at this quote ("he", "the spokesman", "Doe"), or {@code null}
 * @param cue        the attribution cue as written ("said", "tweeted", "according to"), or {@code null}
 * @param confidence rough probability in [0, 1] that both span and speaker are right
 */
public record ExtractedQuote(String text, int start, int end, QuoteType type, String speaker,
                             String mention, String cue, double confidence) {
    public ExtractedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit a text of length " + text.length());
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
