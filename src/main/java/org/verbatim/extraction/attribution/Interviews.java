package org.verbatim.extraction.attribution;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;

/**
 * Question-and-answer blocks: every paragraph opened by "A:" (or "Answer:") after one opened by "Q:" is what the
 * interviewee said, quoted or not. The interviewee is the last person the article named before the block.
 */
public final class Interviews {

    private static final double CONFIDENCE = 0.6;

    private Interviews() {
    }

    /**
     * Attributes the answers among {@code direct} to the interviewee and returns the answers written without quote
     * marks as new quotes.
     */
    public static List<QuoteSpan> answers(AnnotatedText t, boolean[] boilerplate, List<QuoteSpan> direct, MentionIndex mentions) {
        List<QuoteSpan> added = new ArrayList<>();
        boolean inBlock = false;
        Mention interviewee = null;
        for (int p = 0; p < t.paragraphs().size(); p++) {
            Range para = t.paragraph(p);
            if (boilerplate[p] || para.length() < 3) continue;
            String label = label(t, para);
            if (label == null) {
                inBlock = false;
                continue;
            }
            if (label.equals("q")) {
                if (!inBlock) interviewee = lastPersonBefore(t, para.start(), mentions, direct);
                inBlock = true;
                continue;
            }
            if (!inBlock || interviewee == null) continue;
            int from = para.start() + 2;
            QuoteSpan quoted = null;
            for (QuoteSpan q : direct) {
                if (q.outerStart() >= from && q.outerStart() < para.end() && !q.attributed()) quoted = q;
            }
            if (quoted != null) {
                quoted.attribute(interviewee, -1, null, CONFIDENCE);
            } else {
                QuoteSpan answer = QuoteSpan.reported(from, para.end(), QuoteType.DIRECT);
                answer.attribute(interviewee, -1, null, CONFIDENCE);
                added.add(answer);
            }
        }
        return added;
    }

    /** "q" or "a" for a paragraph opened by "Q:"/"Question:" or "A:"/"Answer:", else {@code null}. */
    private static String label(AnnotatedText t, Range para) {
        Token first = t.token(para.start());
        Token second = t.token(para.start() + 1);
        if (!second.isPunct(':')) return null;
        return switch (first.text()) {
            case "Q", "Question" -> "q";
            case "A", "Answer" -> "a";
            default -> null;
        };
    }

    private static Mention lastPersonBefore(AnnotatedText t, int before, MentionIndex mentions, List<QuoteSpan> direct) {
        Mention found = null;
        for (Mention m : mentions.names()) {
            if (m.start() >= before) break;
            if (m.organization() || insideQuote(m.start(), direct)) continue;
            boolean afterPreposition = m.start() > 0 && Lexicon.PREPOSITIONS.contains(t.token(m.start() - 1).lower())
                    && !t.token(m.start() - 1).is("by");
            if (!afterPreposition) found = m;
        }
        return found;
    }

    private static boolean insideQuote(int token, List<QuoteSpan> direct) {
        for (QuoteSpan q : direct) {
            if (q.contains(token)) return true;
        }
        return false;
    }
}
