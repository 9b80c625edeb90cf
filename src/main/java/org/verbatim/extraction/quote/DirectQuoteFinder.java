package org.verbatim.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Pairs quotation marks within each paragraph. Whether a mark opens or closes is read from the spacing around it
 * first and from its glyph second, so straight, curly and mismatched marks all pair up. A quote whose closing mark
 * is missing ends at its trailing attribution (", she added.") or at the end of the paragraph.
 */
public final class DirectQuoteFinder {

    private DirectQuoteFinder() {
    }

    public static List<QuoteSpan> find(AnnotatedText t, boolean[] boilerplate) {
        List<QuoteSpan> out = new ArrayList<>();
        for (int p = 0; p < t.paragraphs().size(); p++) {
            if (!boilerplate[p]) scanParagraph(t, t.paragraph(p), out);
        }
        return out;
    }

    private static void scanParagraph(AnnotatedText t, Range p, List<QuoteSpan> out) {
        int open = -1;
        int nested = 0;
        for (int k = p.start(); k < p.end(); k++) {
            Token x = t.token(k);
            if (x.kind() != TokenKind.QUOTE) continue;
            boolean opening = opens(t, p, k, open >= 0 && nested == 0);
            if (open < 0) {
                if (opening) open = k;
            } else if (opening) {
                // a quotation inside the quotation, with the same kind of mark
                nested++;
            } else if (nested > 0) {
                nested--;
            } else {
                add(t, open + 1, k, open, k, out);
                open = -1;
            }
        }
        if (open >= 0) {
            int end = tailAttribution(t, p, open);
            add(t, open + 1, end, open, -1, out);
        }
    }

    private static boolean opens(AnnotatedText t, Range p, int k, boolean inQuote) {
        Token x = t.token(k);
        boolean spaceBefore = k == p.start() || t.token(k - 1).end() < x.start() || "([{\u2014\u2013-/:".contains(t.token(k - 1).text());
        boolean spaceAfter = k + 1 == p.end() || t.token(k + 1).start() > x.end()
                || (t.token(k + 1).kind() == TokenKind.PUNCT && ",.;:!?)]\u2026\u2014".contains(t.token(k + 1).text()));
        if (spaceBefore && !spaceAfter) return true;
        if (!spaceBefore && spaceAfter) return false;
        char g = x.text().charAt(0);
        if (g == '\u201C' || g == '\u201E' || g == '\u201F' || g == '\u00AB' || g == '\u2018') return true;
        if (g == '\u201D' || g == '\u00BB' || g == '\u2019') return false;
        return !inQuote;
    }

    /** For an unclosed quote: index of the comma before a short trailing attribution, else the paragraph end. */
    private static int tailAttribution(AnnotatedText t, Range p, int open) {
        int end = p.end();
        int from = Math.max(open + 2, end - 12);
        for (int c = end - 2; c >= from; c--) {
            if (!t.token(c).isPunct(',')) continue;
            for (int v = c + 1; v < end; v++) {
                if (SpeechVerbs.lemma(t.token(v).lower()) != null && v - c <= 6) return c;
            }
            break;
        }
        return end;
    }

    private static void add(AnnotatedText t, int from, int to, int open, int close, List<QuoteSpan> out) {
        while (to > from && (t.token(to - 1).isPunct(',') || t.token(to - 1).kind() == TokenKind.QUOTE)) to--;
        if (to <= from) return;
        out.add(QuoteSpan.direct(from, to, open, close));
    }
}
