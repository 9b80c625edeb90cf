package org.verbatim.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.text.AnnotatedText;

/**
 * Joins the parts of an interrupted quotation into one quote: “A,” she said, “B.” and “A,” she said. “B.” are one
 * statement to a reviewer (and one attribution in PolNeAR and similar corpora), not two halves. A part joins the one
 * before it when both are in quote marks in the same paragraph and it has no speech verb of its own but continues the
 * earlier part's speaker. Paragraphs stay separate quotes.
 */
public final class InterruptedQuotes {

    private InterruptedQuotes() {
    }

    /** The quotes in text order with each interrupted quotation joined; speakers must be resolved already. */
    public static List<QuoteSpan> join(AnnotatedText t, List<QuoteSpan> quotes) {
        List<QuoteSpan> out = new ArrayList<>(quotes.size());
        QuoteSpan lastPart = null;
        for (QuoteSpan q : quotes) {
            if (lastPart != null && continuesPart(t, lastPart, q)) {
                out.set(out.size() - 1, out.get(out.size() - 1).joinedWith(q));
            } else {
                out.add(q);
            }
            lastPart = q;
        }
        return out;
    }

    private static boolean continuesPart(AnnotatedText t, QuoteSpan previous, QuoteSpan q) {
        if (!previous.isDirect() || !q.isDirect() || previous.subhead() || q.cueToken() >= 0) return false;
        if (t.paragraphOf(previous.outerStart()) != t.paragraphOf(q.outerStart())) return false;
        if (q.continues() == previous || q.mention() != null && q.mention() == previous.mention()) return true;
        // "“A,” he said on “Morning Tide.” “B.”": B continues the title quoted in the attribution, which is his too
        QuoteSpan title = q.continues();
        return title != null && title.embedded() && title.mention() != null && title.mention() == previous.mention()
                && title.outerStart() >= previous.outerEnd() && title.outerEnd() <= q.outerStart();
    }
}
