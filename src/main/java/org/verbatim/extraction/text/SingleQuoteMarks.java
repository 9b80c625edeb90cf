package org.verbatim.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.verbatim.extraction.lexicon.Words;

/**
 * Tells single quotation marks ('…', ‘…’) from apostrophes, so that British-style quotes pair up like double ones.
 * The tokenizer already keeps apostrophes inside words ("don't", "it'll"); what is left is a mark at a word's edge,
 * which may still be an elision ("the '90s", "'em"), a possessive ("students' union") or a quotation mark. Within a
 * paragraph a mark opens when a space is before it and a word after it, and closes the other way round; an opening
 * mark counts only when a closing one answers it, or when it opens a paragraph of a quote that runs on into the next
 * paragraph. A plural possessive ("the nurses' pay") closes a quote only if no other closing mark does before the
 * next opening one.
 */
final class SingleQuoteMarks {

    /** Elisions written with a leading apostrophe: the mark belongs to the word. */
    private static final Set<String> ELISIONS = Words.setOf("em", "til", "tis", "twas", "cause", "n", "bout", "cos");

    private SingleQuoteMarks() {
    }

    private static boolean isSingle(Token x) {
        if (x.text().length() != 1) return false;
        char c = x.text().charAt(0);
        return (x.kind() == TokenKind.PUNCT || x.kind() == TokenKind.POSSESSIVE) && (c == '\'' || c == '\u2018' || c == '\u2019');
    }

    /** Replaces, in place, the single marks of every paragraph that act as quotation marks with {@link TokenKind#QUOTE} tokens. */
    static void mark(Token[] t, List<Range> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            Range para = paragraphs.get(p);
            boolean nextOpens = p + 1 < paragraphs.size() && opensParagraph(t, paragraphs.get(p + 1));
            markParagraph(t, para, nextOpens);
        }
    }

    private static boolean opensParagraph(Token[] t, Range para) {
        return isSingle(t[para.start()]) && opening(t, para, para.start());
    }

    private static void markParagraph(Token[] t, Range p, boolean nextOpens) {
        List<Integer> marks = null;
        for (int k = p.start(); k < p.end(); k++) {
            if (isSingle(t[k])) {
                if (marks == null) marks = new ArrayList<>();
                marks.add(k);
            }
        }
        if (marks == null) return;
        List<Integer> open = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            int k = marks.get(m);
            if (opening(t, p, k)) {
                open.add(k);
            } else if (!open.isEmpty() && closing(t, p, k)) {
                if (possessive(t, p, k) && laterCloser(t, p, marks, m)) continue;
                int o = open.removeLast();
                if (k - o > 2 || k - o == 2 && t[o + 1].text().length() > 1) {
                    quote(t, o);
                    quote(t, k);
                }
            }
        }
        // a quote that runs on into the next paragraph, which opens with a mark again
        if (!open.isEmpty() && nextOpens) {
            int o = open.getLast();
            if (p.end() - o > 3 && t[p.end() - 1].kind() == TokenKind.PUNCT) quote(t, o);
        }
    }

    private static void quote(Token[] t, int k) {
        Token x = t[k];
        t[k] = new Token(x.start(), x.end(), x.text(), x.lower(), TokenKind.QUOTE, x.lineStart());
    }

    private static boolean spaceBefore(Token[] t, Range p, int k) {
        return k == p.start() || t[k - 1].end() < t[k].start() || "([{\u2014\u2013-/:\"\u201C\u201D".contains(t[k - 1].text());
    }

    private static boolean spaceAfter(Token[] t, Range p, int k) {
        return k + 1 == p.end() || t[k + 1].start() > t[k].end();
    }

    /** Space before, a word (not a digit elision such as '90s, not 'em) right after. */
    private static boolean opening(Token[] t, Range p, int k) {
        if (!spaceBefore(t, p, k) || spaceAfter(t, p, k)) return false;
        Token next = t[k + 1];
        if (next.kind() == TokenKind.NUMBER) return false;
        if (next.kind() == TokenKind.WORD && ELISIONS.contains(next.lower())) return false;
        return next.kind() == TokenKind.WORD || next.kind() == TokenKind.PUNCT && "\u2026.(".contains(next.text())
                || next.kind() == TokenKind.QUOTE;
    }

    /** No space before (a word or punctuation ends there), a space, punctuation or the paragraph end after. */
    private static boolean closing(Token[] t, Range p, int k) {
        if (k == p.start() || t[k - 1].end() < t[k].start()) return false;
        if (spaceAfter(t, p, k)) return true;
        Token next = t[k + 1];
        return next.kind() == TokenKind.QUOTE || next.kind() == TokenKind.PUNCT && ",.;:!?)]\u2026\u2014\u2013-".contains(next.text());
    }

    /** "nurses' pay": a plural possessive followed by a word. */
    private static boolean possessive(Token[] t, Range p, int k) {
        return t[k].kind() == TokenKind.POSSESSIVE && k + 1 < p.end() && t[k + 1].kind() == TokenKind.WORD;
    }

    /** Another closing mark that is no possessive comes after mark {@code m}, before any opening mark. */
    private static boolean laterCloser(Token[] t, Range p, List<Integer> marks, int m) {
        for (int n = m + 1; n < marks.size(); n++) {
            int k = marks.get(n);
            if (opening(t, p, k)) return false;
            if (closing(t, p, k) && !possessive(t, p, k)) return true;
        }
        return false;
    }
}
