package org.verbatim.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.text.AnnotatedText;

/**
 * Joins the parts of an interrupted quotation into one quote: “A,” she said, “B.” and “A,” she said. “B.” are one
 * statement to a reviewer (and one attribution in PolNeAR and similar corpora), not two halves. A part joins the one
 * before it when both are in quote marks in the same paragraph and it has no speech verb of its own but continues the
 * earlier part's speaker (a statement the attribution itself reports, ", noting that ...", may stand between them).
 * Paragraphs stay separate quotes: PolNeAR joins a quote across a paragraph break only about one time in five.
 */
public final class InterruptedQuotes {

    private InterruptedQuotes() {
    }

    /** The quotes in text order with each interrupted quotation joined; speakers must be resolved already. */
    public static List<QuoteSpan> join(AnnotatedText t, List<QuoteSpan> quotes) {
        List<QuoteSpan> out = new ArrayList<>(quotes.size());
        QuoteSpan lastPart = null;
        int lastPartAt = -1;
        QuoteSpan between = null;
        for (QuoteSpan q : quotes) {
            if (lastPart != null && continuesPart(t, lastPart, between, q)) {
                out.set(lastPartAt, out.get(lastPartAt).joinedWith(q));
                lastPart = q;
                between = null;
                continue;
            }
            // "“A,” she said, noting that B. “C.”": a statement reported by the attribution that interrupts the quote
            // stays a quote of its own, and C still continues A
            if (lastPart != null && between == null && reportedBy(t, lastPart, q)) {
                between = q;
                out.add(q);
                continue;
            }
            out.add(q);
            lastPart = q;
            lastPartAt = out.size() - 1;
            between = null;
        }
        return out;
    }

    /** {@code q} is reported content inside the attribution that follows the direct part {@code previous}. */
    private static boolean reportedBy(AnnotatedText t, QuoteSpan previous, QuoteSpan q) {
        return previous.isDirect() && !q.isDirect() && q.mention() != null && q.mention() == previous.mention()
                && q.cueToken() > previous.cueToken() && previous.cueToken() > previous.outerStart()
                && t.paragraphOf(q.outerStart()) == t.paragraphOf(previous.outerStart());
    }

    private static boolean continuesPart(AnnotatedText t, QuoteSpan previous, QuoteSpan between, QuoteSpan q) {
        if (!previous.isDirect() || !q.isDirect() || previous.subhead()) return false;
        if (t.paragraphOf(previous.outerStart()) != t.paragraphOf(q.outerStart())) return false;
        // "“A,” a friend, Jo Lee, told the paper. “B.”": one attribution between the parts serves both
        if (q.cueToken() >= 0) {
            return q.cueToken() == previous.cueToken() && q.mention() == previous.mention()
                    && q.cueToken() > previous.outerEnd() && q.cueToken() < q.outerStart();
        }
        if (q.continues() == previous || between != null && q.continues() == between) return true;
        if (q.mention() != null && q.mention() == previous.mention()) return true;
        // "“A,” he said on “Morning Tide.” “B.”": B continues the title quoted in the attribution, which is his too
        QuoteSpan title = q.continues();
        return title != null && title.embedded() && title.mention() != null && title.mention() == previous.mention()
                && title.outerStart() >= previous.outerEnd() && title.outerEnd() <= q.outerStart();
    }
}
