package org.verbatim.extraction.quote;

import java.util.Set;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * The dateline or credit that opens a paragraph before a dash: "OSLO (Reuters) —", "MADRID, March 3 —",
 * "(Staff report) —". It names a place, a date or an agency, never who speaks.
 */
public final class Dateline {

    public static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private Dateline() {
    }

    /** The first token after the dateline that opens sentence {@code s}, or {@code s.start()} when it has none. */
    public static int end(AnnotatedText t, Range s) {
        if (t.paragraph(t.paragraphOf(s.start())).start() != s.start()) return s.start();
        int placeLine = placeLine(t, s);
        if (placeLine > s.start()) return placeLine;
        boolean inParens = false;
        int opened = -1;
        boolean capitals = allCapitals(t.token(s.start()));
        for (int k = s.start(); k < s.end() && k < s.start() + 12; k++) {
            Token y = t.token(k);
            if (DASHES.contains(y.text())) return k > s.start() ? k + 1 : s.start();
            if (y.isPunct('(')) {
                inParens = true;
                opened = k;
            } else if (y.isPunct(')')) {
                inParens = false;
                // "NEW DELHI, Jan 9 (PTI) The ministry said": a place in capitals and a credit in brackets end it
                // without a dash when a sentence starts right after the bracket
                if (capitals && opened > s.start() && k - opened <= 3 && k + 1 < s.end() && t.token(k + 1).isCapitalized()) return k + 1;
            }
            else if (!(inParens || y.isCapitalized() || y.isPunct(',') || y.isPunct('.') || y.kind() == TokenKind.NUMBER)) return s.start();
        }
        return s.start();
    }

    /**
     * "Bengaluru: Kaveri Systems Ltd on Thursday cut ...": one to three capitalised words and a colon opening one of
     * the story's first paragraphs (not the headline), a sentence after them, end a dateline when the words are no
     * ordinary ones ("UPDATE:", "Another challenge:") and no other paragraph opens with such a label (a transcript's
     * "BREKKE: ..." turns do, and name their speaker). Returns the token after the colon, else {@code s.start()}.
     */
    private static int placeLine(AnnotatedText t, Range s) {
        int paragraph = t.paragraphOf(s.start());
        if (paragraph == 0 || paragraph > 3) return s.start();
        int colon = label(t, s.start());
        if (colon < 0 || colon + 1 >= s.end() || !t.token(colon + 1).isCapitalized()) return s.start();
        for (int k = s.start(); k < colon; k++) {
            String w = t.token(k).lower();
            if (WordClasses.isOrdinaryWord(w) && !WordClasses.isPlaceName(w)) return s.start();
        }
        for (Range p : t.paragraphs()) {
            if (p.start() != s.start() && label(t, p.start()) >= 0) return s.start();
        }
        return colon + 1;
    }

    /** The colon after one to three capitalised words (not a one-letter "Q") from {@code from}, else -1. */
    private static int label(AnnotatedText t, int from) {
        for (int k = from; k < t.size() && k <= from + 3; k++) {
            Token y = t.token(k);
            if (y.isPunct(':')) return k > from && !(k == from + 1 && t.token(from).text().length() == 1) ? k : -1;
            if (!y.isCapitalized()) return -1;
        }
        return -1;
    }

    /** A word written all in capitals, as a dateline's place is: "NEW", "DELHI", "OSLO". */
    private static boolean allCapitals(Token y) {
        String w = y.text();
        return y.kind() == TokenKind.WORD && w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && w.chars().anyMatch(Character::isLetter);
    }

    /** Where what was said may start in sentence {@code s}: after a dateline or a "date 2024-01-01" prefix. */
    public static int contentStart(AnnotatedText t, Range s) {
        int i = end(t, s);
        while (i < s.end() && (t.token(i).is("date") || t.token(i).kind() == TokenKind.NUMBER && i == s.start())) i++;
        while (i < s.end() && t.token(i).kind() == TokenKind.NUMBER && i > s.start() && t.token(i - 1).is("date")) i++;
        return i;
    }

    /** Marks the tokens of every paragraph's dateline in {@code masked}. */
    public static void mask(AnnotatedText t, boolean[] masked) {
        for (Range p : t.paragraphs()) {
            Range s = t.sentence(t.sentenceOf(p.start()));
            int end = end(t, s);
            for (int i = s.start(); i < end; i++) masked[i] = true;
        }
    }
}
