package org.verbatim.extraction.attribution;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;

/**
 * Question-and-answer blocks: every paragraph opened by "A:" (or "Answer:") after one opened by "Q:" is what the
 * interviewee said, quoted or not, and so is a paragraph with no label between an answer and the next question. The
 * interviewee is whoever the article quoted last with a cue of its own before the block ("…,” she said by phone"),
 * a group aside, else the last person it named.
 */
public final class Interviews {

    private static final double CONFIDENCE = 0.7;

    private Interviews() {
    }

    /** Masks the "Q:" and "A:" labels: a label is nobody's name. */
    public static void maskLabels(AnnotatedText t, boolean[] masked) {
        for (Range para : t.paragraphs()) {
            if (para.length() >= 3 && label(t, para) != null) {
                masked[para.start()] = true;
                masked[para.start() + 1] = true;
            }
        }
    }

    /**
     * Attributes the answers among {@code direct} to the interviewee and returns the answers written without quote
     * marks as new quotes. {@code reported} are the quotes the attribution sieves found, for the last cued quote.
     */
    public static List<QuoteSpan> answers(AnnotatedText t, boolean[] boilerplate, List<QuoteSpan> direct,
                                          List<QuoteSpan> reported, MentionIndex mentions) {
        List<QuoteSpan> added = new ArrayList<>();
        boolean inBlock = false;
        boolean afterAnswer = false;
        QuoteSpan voice = null;
        Mention interviewee = null;
        for (int p = 0; p < t.paragraphs().size(); p++) {
            Range para = t.paragraph(p);
            if (boilerplate[p] || para.length() < 3) continue;
            String label = label(t, para);
            if (label == null) {
                if (!(afterAnswer && questionFollows(t, boilerplate, p))) {
                    inBlock = false;
                    afterAnswer = false;
                    continue;
                }
            } else if (label.equals("q")) {
                if (!inBlock) {
                    voice = lastCuedQuoteBefore(para.start(), direct, reported);
                    interviewee = voice == null ? lastPersonBefore(t, para.start(), mentions, direct) : null;
                }
                inBlock = true;
                afterAnswer = false;
                continue;
            }
            if (!inBlock || voice == null && interviewee == null) continue;
            afterAnswer = true;
            int from = label == null ? para.start() : para.start() + 2;
            QuoteSpan whole = null;
            for (QuoteSpan q : direct) {
                if (q.outerStart() < from || q.outerStart() >= para.end()) continue;
                if (q.outerStart() == from) whole = q;
                else if (whole == null) q.absorb(); // a quotation inside the answer is part of it
            }
            // reported speech inside an answer is part of what the interviewee said
            int end = para.end();
            reported.removeIf(q -> q.contentStart() >= from && q.contentEnd() <= end);
            QuoteSpan answer = whole;
            if (answer == null) {
                answer = QuoteSpan.reported(from, para.end(), QuoteType.DIRECT);
                added.add(answer);
            } else if (answer.attributed()) {
                continue; // "“…,” she says": the answer names its speaker itself
            }
            if (voice != null) answer.continueFrom(voice, CONFIDENCE);
            else answer.attribute(interviewee, -1, null, CONFIDENCE);
        }
        return added;
    }

    /** Whether a question comes after paragraph {@code p} before any other paragraph that is neither label nor answer. */
    private static boolean questionFollows(AnnotatedText t, boolean[] boilerplate, int p) {
        for (int n = p + 1; n < t.paragraphs().size(); n++) {
            Range para = t.paragraph(n);
            if (boilerplate[n] || para.length() < 3) continue;
            String label = label(t, para);
            if (label != null) return label.equals("q");
        }
        return false;
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

    private static QuoteSpan lastCuedQuoteBefore(int before, List<QuoteSpan> direct, List<QuoteSpan> reported) {
        QuoteSpan last = null;
        for (List<QuoteSpan> quotes : List.of(direct, reported)) {
            for (QuoteSpan q : quotes) {
                if (q.outerStart() >= before || q.cueToken() < 0 || q.mention() == null || group(q.mention())) continue;
                if (last == null || q.outerStart() > last.outerStart()) last = q;
            }
        }
        return last;
    }

    /** "The judges called it ...": a group or an organisation is no interviewee; one person answers. */
    private static boolean group(Mention m) {
        if (m.organization()) return true;
        if (m.kind() == Mention.Kind.PRONOUN) return m.text().equalsIgnoreCase("they") || m.text().equalsIgnoreCase("we");
        return m.kind() == Mention.Kind.DESCRIPTION && m.head() != null && WordClasses.isPersonPlural(m.head());
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
