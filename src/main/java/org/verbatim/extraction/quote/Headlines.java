package org.verbatim.extraction.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Headlines, subheads, liveblog entry titles and key-event bullets: short lines without a sentence end.
 * They announce what the article reports ("Owners say deadline will cost them", "Premier says 'every resource'
 * committed") rather than report it, so reported speech in them is no quote, nor are quoted words inside a longer
 * line. A line that is all quote stays a quote (a quoted subhead), unless the article quotes the same words again
 * further down, where the quote has its speaker.
 */
public final class Headlines {

    /** Lines longer than this are text, whatever their punctuation. */
    static final int MAX_WORDS = 25;

    private Headlines() {
    }

    /** One flag per paragraph: {@code true} when it reads as a headline. */
    public static boolean[] mark(AnnotatedText t) {
        boolean[] out = new boolean[t.paragraphs().size()];
        for (int p = 0; p < out.length; p++) out[p] = headline(t, t.paragraph(p));
        return out;
    }

    /**
     * The names found, less those a headline alone gives: "Prime minister's office says ...", "Finance minister says
     * Dovria cannot afford ..." make no one of "Prime" or "Dovria". A headline's name stays when it has more than one
     * word ("Album review: Bolu Adeyemi") or the body names someone by its last word ("Vold says ..." for "Prime
     * Minister Kari Vold").
     */
    public static List<Mention> withoutTheirOwnNames(AnnotatedText t, boolean[] headlines, List<Mention> names) {
        Set<String> bodyLastWords = new HashSet<>();
        for (Mention n : names) {
            if (!headlines[t.paragraphOf(n.start())]) bodyLastWords.add(t.token(n.coreEnd() - 1).lower());
        }
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention n : names) {
            if (!headlines[t.paragraphOf(n.start())] || n.coreEnd() - n.coreStart() > 1
                    || bodyLastWords.contains(t.token(n.coreEnd() - 1).lower())) out.add(n);
        }
        return out;
    }

    /** Short, with no sentence end anywhere in it (a tweet ending in an emoji has its full stops inside). */
    private static boolean headline(AnnotatedText t, Range p) {
        int words = 0;
        for (int i = p.start(); i < p.end(); i++) {
            Token x = t.token(i);
            if (x.kind() == TokenKind.WORD || x.kind() == TokenKind.NUMBER) words++;
            if (x.isTerminal() || x.isPunct(':') && i == p.end() - 1 || x.isPunct(';')) return false;
        }
        int last = p.end() - 1;
        while (last > p.start() && t.token(last).kind() == TokenKind.QUOTE) last--;
        // "... made in the U.S.''": the abbreviation's dot ends the sentence too
        return words > 0 && words <= MAX_WORDS && !t.token(last).text().endsWith(".");
    }

    /** Whether quote {@code q}, in a paragraph flagged by {@link #mark}, is only the headline's echo of a quote. */
    public static boolean echoes(AnnotatedText t, boolean[] headline, QuoteSpan q) {
        int p = t.paragraphOf(q.outerStart());
        if (!headline[p]) return false;
        if (!q.isDirect()) return true;
        Range para = t.paragraph(p);
        boolean wholeLine = q.outerStart() == para.start() && q.outerEnd() >= para.end() - 1;
        return !wholeLine || quotedAgainLater(t, q, para.end());
    }

    /** The quote's words, in order, occur again after token {@code from}. */
    private static boolean quotedAgainLater(AnnotatedText t, QuoteSpan q, int from) {
        String words = words(t, q.contentStart(), q.contentEnd());
        return !words.isBlank() && words(t, from, t.size()).contains(words);
    }

    private static String words(AnnotatedText t, int from, int to) {
        StringBuilder b = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            Token x = t.token(i);
            if (x.kind() == TokenKind.WORD || x.kind() == TokenKind.NUMBER) b.append(x.lower()).append(' ');
        }
        return b.toString();
    }
}
