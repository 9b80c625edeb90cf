package org.verbatim.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * A quote that completes a sentence the writer began ("The new depot “will pay for itself,” she said") reports the
 * whole sentence: the words before the opening mark are the subject of what was said, so the quote becomes a MIXED
 * one from the sentence's start (as PolNeAR annotates it). Only when its attribution follows the opening mark and the
 * words before it hold no speech verb, colon or other attribution of their own.
 */
public final class CompletedSentences {

    private CompletedSentences() {
    }

    /** The quotes in text order, each quote that completes the writer's sentence widened to that sentence's start. */
    public static List<QuoteSpan> widen(AnnotatedText t, List<QuoteSpan> quotes) {
        List<QuoteSpan> out = new ArrayList<>(quotes.size());
        for (QuoteSpan q : quotes) {
            int start = q.isDirect() && q.cueToken() > q.openMark() ? opening(t, q, out) : -1;
            if (start < 0) {
                out.add(q);
                continue;
            }
            // unattributed fragments among the writer's words ("a “good thing” that yielded “results,”") join it
            while (!out.isEmpty() && out.getLast().contentStart() >= start) out.removeLast();
            out.add(q.widenedTo(start));
        }
        return out;
    }

    /** Start of the writer's words that quote {@code q} completes, or -1. */
    private static int opening(AnnotatedText t, QuoteSpan q, List<QuoteSpan> before) {
        Range s = t.sentence(t.sentenceOf(q.outerStart()));
        int first = Dateline.contentStart(t, s);
        if (q.outerStart() - first < 2) return -1;
        // "on CBS's “This Week,”", "co-author of “Going Viral,”", "One ad, “Rebellion,”": a title or label, not a predicate
        Token mark = t.token(q.outerStart() - 1);
        // "The program, known as the fuel standard, “can continue ...”": after an aside that closes with a comma, a
        // quotation that opens in lower case goes on with the writer's subject
        if (mark.isPunct(',') && t.token(q.contentStart()).isLowerWord()) mark = t.token(q.outerStart() - 2);
        if (mark.kind() == TokenKind.POSSESSIVE || mark.kind() != TokenKind.WORD && mark.kind() != TokenKind.NUMBER
                || Lexicon.PREPOSITIONS.contains(mark.lower()) && !mark.is("to") || mark.lower().endsWith("'s") || mark.lower().endsWith("\u2019s")) return -1;
        for (int i = before.size() - 1; i >= 0 && before.get(i).outerEnd() > first; i--) {
            QuoteSpan p = before.get(i);
            if (!p.isDirect() || p.cueToken() >= 0 || p.continues() != null || p.outerStart() < first) return -1;
        }
        int words = 0;
        for (int k = first; k < q.outerStart(); k++) {
            Token y = t.token(k);
            if (y.isPunct(':') || y.isPunct(';') || y.isTerminal()) return -1;
            if (y.kind() == TokenKind.WORD && y.isLowerWord()
                    && (SpeechVerbs.lemma(y.lower()) != null || SpeechVerbs.namingLemma(y.lower()) != null)) return -1;
            if (y.kind() == TokenKind.WORD || y.kind() == TokenKind.NUMBER) words++;
        }
        return words >= 2 ? first : -1;
    }
}
