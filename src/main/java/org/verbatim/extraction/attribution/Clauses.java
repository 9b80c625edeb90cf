package org.verbatim.extraction.attribution;

import java.util.Set;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.lexicon.Words;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.TokenKind;

/** Where a sentence's main clause starts: after its dateline, conjunctions and an introductory phrase. */
final class Clauses {

    /** Sentence adverbs and conjunctions that may open the clause before its subject. */
    private static final Set<String> CLAUSE_OPENERS = Words.setOf("but", "and", "yet", "so", "still", "now", "also",
            "meanwhile", "however", "instead", "indeed", "then", "even");

    /** Words that open an introductory phrase, which ends at its comma: "When asked, ...", "In a statement, ...". */
    private static final Set<String> INTRO_OPENERS = Words.setOf("when", "while", "if", "although", "though", "since",
            "after", "before", "as", "because", "unless", "once", "asked", "last", "earlier", "later", "on", "in", "at");

    private Clauses() {
    }

    /** First token of the main clause of {@code s} before {@code before}, skipping openers; -1 when unclear. */
    static int start(AnnotatedText t, Range s, int before) {
        int i = s.start();
        while (i < before && (t.token(i).kind() == TokenKind.QUOTE || t.token(i).is("date")
                || CLAUSE_OPENERS.contains(t.token(i).lower()) || t.token(i).isPunct(','))) i++;
        if (i >= before) return -1;
        i = Math.max(i, Dateline.end(t, s));
        if (i >= before) return -1;
        String l = t.token(i).lower();
        if (INTRO_OPENERS.contains(l) || Lexicon.PREPOSITIONS.contains(l) && !l.equals("of")
                || t.token(i).isLowerWord()
                // "Clearly, ...", "Speaking on Monday, ...", but not "Kiely, the corner-back, said" nor "Golding, 41,"
                || l.length() > 4 && (l.endsWith("ing") || l.endsWith("ly")) && WordClasses.isOrdinaryWord(l)
                || participleOpener(t, i, before)) {
            int c = i;
            while (c < before && !t.token(c).isPunct(',')) c++;
            if (c >= before - 1) return -1;
            i = c + 1;
        }
        return i;
    }

    /** "Contacted on phone, ...", "Reached by email, ...": a participle and its phrase before the subject. */
    private static boolean participleOpener(AnnotatedText t, int i, int before) {
        String l = t.token(i).lower();
        return l.length() > 4 && l.endsWith("ed") && i + 1 < before && Lexicon.PREPOSITIONS.contains(t.token(i + 1).lower());
    }
}
