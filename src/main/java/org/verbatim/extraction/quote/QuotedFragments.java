package org.verbatim.extraction.quote;

import java.util.Set;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.Words;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Quoted words that are not speech: a few words in quote marks inside a sentence that nobody is said to say (a scare
 * quote, a placard, a slogan), a nickname inside a name, a title in title case ("The Long Road Home"). Quoted words that a reported clause takes up are part of that
 * MIXED quote instead, so only what is left over is judged here.
 */
public final class QuotedFragments {

    /** At most this many words make a fragment when nobody is said to say them. */
    static final int MAX_FRAGMENT_WORDS = 3;

    /**
     * At most this many words are a fragment even when the sentence has someone to give them to: a word in quote marks
     * that no verb reports ("the so-called “rebels”", "a “working-class” rebellion") is the writer's, not a quotation.
     */
    static final int GUESSED_FRAGMENT_WORDS = 1;

    private static final Set<String> MINOR_WORDS = Words.setOf("and", "or", "but", "nor", "the", "a", "an", "to", "of", "in",
            "on", "at", "for", "with", "by", "from", "as", "vs", "into", "is", "it");

    private QuotedFragments() {
    }

    /** Whether direct quote {@code q}, which no speech verb introduces, is quoted words rather than a quotation. */
    public static boolean notSpeech(AnnotatedText t, QuoteSpan q) {
        if (q.isDirect() && !holdsWord(t, q)) return true;
        if (!q.isDirect() || q.cueToken() >= 0 || q.continues() != null || q.absorbed()) return false;
        int words = 0;
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            if (t.token(i).kind() == TokenKind.WORD || t.token(i).kind() == TokenKind.NUMBER) words++;
        }
        if (!insideSentence(t, q)) return false;
        return words <= MAX_FRAGMENT_WORDS && (q.mention() == null || words <= GUESSED_FRAGMENT_WORDS || !usedRightBefore(t, q)) || titleCase(t, q.contentStart(), q.contentEnd())
                || nickname(t, q);
    }

    /** "timestamp="1449075600"", "“2”": quote marks around numbers or signs alone hold nothing anyone said. */
    private static boolean holdsWord(AnnotatedText t, QuoteSpan q) {
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            if (t.token(i).kind() == TokenKind.WORD) return true;
        }
        return false;
    }

    private static final Set<String> PERSONAL_SUBJECTS = Words.setOf("he", "she", "they", "i", "we");

    /**
     * "he praised the “common interests”", "what the mayor called “a perception problem”", "a sign that said “We won”":
     * a person pronoun among the three words before the opening mark, or a verb of saying or naming right before it
     * (past an article or possessive), says who used the quoted words; without one they are the writer's.
     */
    private static boolean usedRightBefore(AnnotatedText t, QuoteSpan q) {
        int open = q.openMark();
        if (open <= 0) return false;
        int sentence = t.sentenceOf(open);
        int k = open - 1;
        if (Lexicon.isDeterminer(t.token(k).lower()) && k > 0) k--;
        String verb = t.token(k).lower();
        if (t.token(k).isLowerWord() && (SpeechVerbs.lemma(verb) != null || SpeechVerbs.namingLemma(verb) != null)) return true;
        for (int i = open - 1; i >= 0 && open - i <= 3 && t.sentenceOf(i) == sentence; i--) {
            if (t.token(i).kind() == TokenKind.WORD && PERSONAL_SUBJECTS.contains(t.token(i).lower())) return true;
        }
        return false;
    }

    /** Words of the quote's sentence stand outside the quote marks. */
    private static boolean insideSentence(AnnotatedText t, QuoteSpan q) {
        Range s = t.sentence(t.sentenceOf(q.outerStart()));
        Range p = t.paragraph(t.paragraphOf(q.outerStart()));
        int from = Math.max(s.start(), p.start());
        int to = q.closeMark() >= 0 ? t.sentence(t.sentenceOf(q.closeMark())).end() : p.end();
        for (int i = from; i < to; i++) {
            if (q.contains(i)) continue;
            Token x = t.token(i);
            if (x.kind() == TokenKind.WORD || x.kind() == TokenKind.NUMBER) return true;
        }
        return false;
    }

    /** "Margaret 'Peggy' Lund": between two capitalised words with nothing else in between. */
    public static boolean nickname(AnnotatedText t, QuoteSpan q) {
        int before = q.openMark() - 1;
        int after = q.closeMark() + 1;
        if (q.closeMark() < 0 || before < 0 || after >= t.size()) return false;
        if (t.paragraphOf(before) != t.paragraphOf(after)) return false;
        return t.token(before).isCapitalized() && t.token(after).isCapitalized() && q.contentEnd() - q.contentStart() <= 3;
    }

    /** "The Long Road Home", "MAKE IT COUNT": two words or more, every word but the minor ones capitalised. */
    static boolean titleCase(AnnotatedText t, int from, int to) {
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            Token x = t.token(i);
            if (x.kind() != TokenKind.WORD) continue;
            if (x.isCapitalized()) {
                capitalised++;
            } else if (!MINOR_WORDS.contains(x.lower()) && !Lexicon.PREPOSITIONS.contains(x.lower())) {
                return false;
            }
        }
        return capitalised >= 2;
    }
}
