package org.verbatim.extraction.text;

import org.verbatim.extraction.lexicon.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The article text with its tokens, paragraphs (one per line) and sentences, all as token index ranges.
 * Later steps add their annotations next to it rather than copying text around, so offsets stay those of the input.
 */
public final class AnnotatedText {

    private static final Set<String> ABBREVIATIONS = Words.setOf(
            "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jr", "sr", "prof", "capt", "sgt",
            "maj", "adm", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "ltd",
            "rev", "hon", "pres", "atty", "mt", "ft", "u.s", "u.k", "e.g", "i.e", "cmdr", "supt", "fig", "approx", "coun", "cllr",
            "insp", "det", "const");

    private final String text;
    private final Token[] tokens;
    private final List<Range> paragraphs;
    private final List<Range> sentences;
    private final int[] sentenceOf;
    private final int[] paragraphOf;

    private AnnotatedText(String text, Token[] tokens, List<Range> paragraphs, List<Range> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.length];
        this.paragraphOf = new int[tokens.length];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).start(); i < sentences.get(s).end(); i++) sentenceOf[i] = s;
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int i = paragraphs.get(p).start(); i < paragraphs.get(p).end(); i++) paragraphOf[i] = p;
        }
    }

    public static AnnotatedText of(String text) {
        Objects.requireNonNull(text, "text");
        Token[] tokens = Tokenizer.tokenize(text).toArray(Token[]::new);
        List<Range> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= tokens.length; i++) {
            if (i == tokens.length || tokens[i].lineStart()) {
                if (i > start) paragraphs.add(new Range(start, i));
                start = i;
            }
        }
        SingleQuoteMarks.mark(tokens, paragraphs);
        List<Range> sentences = new ArrayList<>();
        for (Range p : paragraphs) splitSentences(tokens, p, sentences);
        return new AnnotatedText(text, tokens, List.copyOf(paragraphs), List.copyOf(sentences));
    }

    private static void splitSentences(Token[] t, Range p, List<Range> out) {
        int start = p.start();
        for (int i = p.start(); i < p.end(); i++) {
            if (!t[i].isTerminal()) continue;
            if (t[i].text().equals(".") && i > p.start() && isAbbreviation(t, i - 1)) continue;
            // "(HBLN.N)", "example.com": a word glued to the full stop continues the sentence
            if (t[i].text().equals(".") && i + 1 < p.end() && t[i + 1].kind() == TokenKind.WORD && t[i + 1].start() == t[i].end()) continue;
            int j = i + 1;
            while (j < p.end() && (t[j].kind() == TokenKind.QUOTE || t[j].text().equals(")")) && t[j].start() == t[j - 1].end()) j++;
            if (j >= p.end()) break;
            Token next = t[j];
            // ". (“We've persuaded them,” he said.)": a bracket that opens a sentence of its own
            if (next.text().equals("(") && j + 1 < p.end()) next = t[j + 1];
            boolean opensSentence = next.kind() == TokenKind.QUOTE || next.kind() == TokenKind.NUMBER
                    || (next.kind() == TokenKind.WORD && Character.isUpperCase(next.text().charAt(0)));
            if (opensSentence) {
                out.add(new Range(start, j));
                start = j;
                i = j - 1;
            }
        }
        if (start < p.end()) out.add(new Range(start, p.end()));
    }

    private static boolean isAbbreviation(Token[] t, int i) {
        Token w = t[i];
        if (w.end() != t[i + 1].start() || w.kind() != TokenKind.WORD) return false;
        // "No. 10", "no. 3" count; "with Alvarado voting no. She said ...": the word "no" ends its sentence
        if (w.lower().equals("no")) return i + 2 < t.length && t[i + 2].kind() == TokenKind.NUMBER;
        return ABBREVIATIONS.contains(w.lower()) || (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)));
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.length;
    }

    public Token token(int i) {
        return tokens[i];
    }

    public List<Range> paragraphs() {
        return paragraphs;
    }

    public List<Range> sentences() {
        return sentences;
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    public int paragraphOf(int token) {
        return paragraphOf[token];
    }

    public Range sentence(int index) {
        return sentences.get(index);
    }

    public Range paragraph(int index) {
        return paragraphs.get(index);
    }

    /** Original text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String span(int from, int to) {
        if (to <= from) return "";
        return text.substring(tokens[from].start(), tokens[to - 1].end());
    }
}
