package org.verbatim.extraction.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-pass tokenizer, linear in the input: words keep inner hyphens and apostrophes ("O'Neill", "Abu-Lughod"),
 * initials keep their dots ("U.S."), possessive 's is split off so that "X's chief diplomat" can be read.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 16);
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lineStart = true;
                i++;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int st = i;
            TokenKind kind;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(s, i);
                kind = Character.isDigit(c) ? TokenKind.NUMBER : TokenKind.WORD;
            } else if (isQuoteMark(c)) {
                i++;
                kind = TokenKind.QUOTE;
            } else if ((c == '\'' || c == '`' || c == '\u2018' || c == '\u2019') && i + 1 < n && s.charAt(i + 1) == c) {
                // typewriter double quotes written as two single marks: ''like this'' or ``this''
                i += 2;
                kind = TokenKind.QUOTE;
            } else if (isApostrophe(c) && !out.isEmpty() && out.getLast().end() == i && out.getLast().kind() == TokenKind.WORD
                    && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                i += 2;
                kind = TokenKind.POSSESSIVE;
            } else if (isApostrophe(c) && !out.isEmpty() && out.getLast().end() == i && out.getLast().kind() == TokenKind.WORD
                    && out.getLast().lower().endsWith("s") && (i + 1 >= n || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
                kind = TokenKind.POSSESSIVE;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
                kind = TokenKind.PUNCT;
            }
            out.add(Token.of(s, st, i, kind, lineStart));
            lineStart = false;
        }
        return out;
    }

    private static final java.util.Set<String> TITLE_ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "sen", "rep",
            "gov", "lt", "gen", "col", "sgt", "capt", "prof", "st", "rev", "maj", "adm", "cmdr", "pres", "atty", "supt", "gens",
            "sens", "reps", "messrs", "coun", "cllr", "insp", "det");

    /** Company suffixes written with a full stop that does not end the sentence before a lower-case word. */
    private static final java.util.Set<String> COMPANY_SUFFIXES = java.util.Set.of("inc", "ltd", "corp", "co", "bhd", "pty");

    /** Whether the text after a full stop goes on with the sentence: a comma, a bracket or a lower-case word. */
    private static boolean continuesSentence(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        if (k >= s.length()) return false;
        char c = s.charAt(k);
        return c == ',' || c == '(' || c == ')' || k > from && Character.isLowerCase(c);
    }

    private static int wordEnd(String s, int i) {
        int start = i;
        int n = s.length();
        int segStart = i;
        boolean dotted = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            if (i + 1 < n) {
                char d = s.charAt(i + 1);
                if ((c == '-' || c == '\u2010' || c == '\u2011') && Character.isLetterOrDigit(d)) {
                    i++;
                    continue;
                }
                // "LP&L", "AT&T", "S&P": an ampersand between capitals inside one name
                if (c == '&' && i > start && Character.isUpperCase(s.charAt(i - 1)) && Character.isUpperCase(d)) {
                    i++;
                    continue;
                }
                if (isApostrophe(c) && Character.isLetter(d)) {
                    boolean possessive = (d == 's' || d == 'S') && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)));
                    if (!possessive) {
                        i++;
                        continue;
                    }
                    break;
                }
                if (c == '.') {
                    if (i - segStart == 1 && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(d)
                            && i + 2 < n && s.charAt(i + 2) == '.') {
                        i++;
                        segStart = i;
                        dotted = true;
                        continue;
                    }
                    if (Character.isDigit(s.charAt(i - 1)) && Character.isDigit(d)) {
                        i++;
                        continue;
                    }
                }
                if (c == ',' && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(d)
                        && i + 3 < n + 1 && i + 3 <= n && allDigits(s, i + 1, i + 4)) {
                    i++;
                    continue;
                }
            }
            if (c == '.' && dotted && i - segStart == 1) {
                i++;
            } else if (c == '.' && segStart == start && TITLE_ABBREVIATIONS.contains(s.substring(start, i).toLowerCase(java.util.Locale.ROOT))
                    && i + 2 < n && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
                // "Sen. Jane Doe": the dot belongs to the title, not to a sentence end
                i++;
            } else if (c == '.' && segStart == start && COMPANY_SUFFIXES.contains(s.substring(start, i).toLowerCase(java.util.Locale.ROOT))
                    && continuesSentence(s, i + 1)) {
                // "Acme Foods Ltd. said", "Meat Processors Inc. (PAMPI), in a statement": the dot belongs to the name
                i++;
            }
            break;
        }
        return i;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) return false;
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) return false;
        }
        return true;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    public static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2033' || c == '\uFF02';
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
