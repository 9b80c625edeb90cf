package org.verbatim.extraction.attribution;

import java.util.Set;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.lexicon.Words;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/** Where a sentence's main clause starts: after its dateline, conjunctions and an introductory phrase. */
final class Clauses {

    /** Sentence adverbs and conjunctions that may open the clause before its subject. */
    private static final Set<String> CLAUSE_OPENERS = Words.setOf("but", "and", "yet", "so", "still", "now", "also",
            "meanwhile", "however", "instead", "indeed", "then", "even");

    /** Words that open an introductory phrase, which ends at its comma: "When asked, ...", "In a statement, ...". */
    private static final Set<String> INTRO_OPENERS = Words.setOf("when", "while", "if", "although", "though", "since",
            "after", "before", "as", "because", "unless", "once", "asked", "last", "earlier", "later", "on", "in", "at");

    private static final Set<String> RELATIVE_PRONOUNS = Words.setOf("who", "whose", "whom");

    private Clauses() {
    }

    /** First token of the main clause of {@code s} before {@code before}, skipping openers; -1 when unclear. */
    static int start(AnnotatedText t, Range s, int before) {
        int i = afterOpeners(t, s, before);
        if (i >= before) return -1;
        String l = t.token(i).lower();
        if (INTRO_OPENERS.contains(l) || Lexicon.PREPOSITIONS.contains(l) && !l.equals("of")
                || t.token(i).isLowerWord()
                // "Clearly, ...", "Speaking on Monday, ...", but not "Kiely, the corner-back, said" nor "Golding, 41,"
                || l.length() > 4 && (l.endsWith("ing") || l.endsWith("ly")) && WordClasses.isOrdinaryWord(l) && !ingModifier(t, i, before)
                || participleOpener(t, i, before)) {
            int c = i;
            while (c < before && !t.token(c).isPunct(',')) c++;
            if (c >= before - 1) return -1;
            // "But defence lawyer Jane Doe, who ...": a relative pronoun after the comma says the words before it were
            // the subject's noun phrase, not an introductory phrase
            if (RELATIVE_PRONOUNS.contains(t.token(c + 1).lower()) && t.token(i).isLowerWord() && !INTRO_OPENERS.contains(l)
                    && !Lexicon.PREPOSITIONS.contains(l)) return i;
            i = c + 1;
        }
        return i;
    }

    /**
     * "But opponents say ...", "Hacking specialists say ...": where {@link #start} took a lower-case word or an -ing
     * word for an introductory phrase that no comma closes, the noun phrase it opens is the subject; -1 when the word
     * is a preposition, an adverb or an opener, or a comma follows it before {@code before}.
     */
    static int bareSubject(AnnotatedText t, Range s, int before) {
        int i = afterOpeners(t, s, before);
        if (i >= before || t.token(i).kind() != TokenKind.WORD) return -1;
        String l = t.token(i).lower();
        if (INTRO_OPENERS.contains(l) || Lexicon.PREPOSITIONS.contains(l) || l.endsWith("ly")) return -1;
        // "Speaking to reporters he said": an -ing word that heads a phrase of its own is no modifier of a noun
        if (!t.token(i).isLowerWord() && !(l.endsWith("ing") && i + 1 < before && t.token(i + 1).isLowerWord()
                && !Lexicon.PREPOSITIONS.contains(t.token(i + 1).lower()) && !Lexicon.isDeterminer(t.token(i + 1).lower()))) return -1;
        for (int k = i; k < before; k++) {
            if (t.token(k).kind() != TokenKind.WORD && t.token(k).kind() != TokenKind.NUMBER) return -1;
        }
        return i;
    }

    /** The first token after quote marks, conjunctions, sentence adverbs and the dateline, or {@code before}. */
    private static int afterOpeners(AnnotatedText t, Range s, int before) {
        int i = s.start();
        while (i < before && (t.token(i).kind() == TokenKind.QUOTE || t.token(i).is("date")
                || CLAUSE_OPENERS.contains(t.token(i).lower()) || t.token(i).isPunct(','))) i++;
        return i >= before ? before : Math.max(i, Dateline.end(t, s));
    }

    /**
     * "Planning officers had recommended ...", "Striking workers say ...": an -ing word before a plural for people and a
     * verb modifies the subject, unlike "Addressing supporters, he said" or "Addressing supporters in Leeds, ...".
     */
    private static boolean ingModifier(AnnotatedText t, int i, int before) {
        if (!t.token(i).lower().endsWith("ing") || i + 2 >= before) return false;
        Token noun = t.token(i + 1);
        Token verb = t.token(i + 2);
        return noun.isLowerWord() && WordClasses.isPersonPlural(noun.lower()) && verb.isLowerWord()
                && (Lexicon.AUXILIARIES.contains(verb.lower()) || SpeechVerbs.lemma(verb.lower()) != null);
    }

    /** "Contacted on phone, ...", "Reached by email, ...": a participle and its phrase before the subject. */
    private static boolean participleOpener(AnnotatedText t, int i, int before) {
        String l = t.token(i).lower();
        return l.length() > 4 && l.endsWith("ed") && i + 1 < before && Lexicon.PREPOSITIONS.contains(t.token(i + 1).lower());
    }
}
