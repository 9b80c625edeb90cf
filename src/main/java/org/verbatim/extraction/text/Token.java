package org.verbatim.extraction.text;

import java.util.Locale;

/**
 * A token with its char offsets into the original text.
 *
 * @param lineStart whether a line break separates this token from the previous one (paragraph boundary)
 */
public record Token(int start, int end, String text, String lower, TokenKind kind, boolean lineStart) {

    static Token of(String source, int start, int end, TokenKind kind, boolean lineStart) {
        String t = source.substring(start, end);
        return new Token(start, end, t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''), kind, lineStart);
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isCapitalized() {
        return kind == TokenKind.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean isLowerWord() {
        return kind == TokenKind.WORD && Character.isLowerCase(text.charAt(0));
    }

    public boolean isPunct(char c) {
        return (kind == TokenKind.PUNCT) && text.length() == 1 && text.charAt(0) == c;
    }

    public boolean isTerminal() {
        return kind == TokenKind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?") || text.equals("\u2026"));
    }
}
