package org.verbatim.extraction.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Question-and-answer blocks: every paragraph opened by "A:" (or "Answer:") after one opened by "Q:" is what the
 * interviewee said, quoted or not, and so is a paragraph with no label between an answer and the next question. The
 * interviewee is whoever the article quoted last with a cue of its own before the block ("…,” she said by phone"),
 * a group aside, else the last person it named. Transcripts label each turn with the speaker's name in capitals
 * ("HOST: … / TAIT: …"): the label that opens the block is the interviewer's, the others are the people the article
 * names with that surname.
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
            int colon = para.length() >= 3 ? turnLabelEnd(t, para) : -1;
            for (int k = para.start(); k <= colon; k++) masked[k] = true;
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
            QuoteSpan answer = answer(label == null ? para.start() : para.start() + 2, para.end(), direct, reported, added);
            if (answer == null) continue;
            if (voice != null) answer.continueFrom(voice, CONFIDENCE);
            else answer.attribute(interviewee, -1, null, CONFIDENCE);
        }
        transcriptTurns(t, boilerplate, direct, reported, mentions, added);
        return added;
    }

    /**
     * The answer that runs from {@code from} to {@code end}: the direct quote that opens there, else a new quote (added
     * to {@code added}); {@code null} when the answer already names its speaker ("“…,” she says").
     */
    private static QuoteSpan answer(int from, int end, List<QuoteSpan> direct, List<QuoteSpan> reported, List<QuoteSpan> added) {
        QuoteSpan whole = null;
        for (QuoteSpan q : direct) {
            if (q.outerStart() < from || q.outerStart() >= end) continue;
            if (q.outerStart() == from) whole = q;
            else if (whole == null) q.absorb(); // a quotation inside the answer is part of it
        }
        // reported speech inside an answer is part of what the interviewee said
        reported.removeIf(q -> q.contentStart() >= from && q.contentEnd() <= end);
        if (whole == null) {
            QuoteSpan created = QuoteSpan.reported(from, end, QuoteType.DIRECT);
            added.add(created);
            return created;
        }
        return whole.attributed() ? null : whole;
    }

    /**
     * "DUBE: … / PRETORIUS: …": turns labelled with a name in capitals. The label of the first turn is the
     * interviewer's, whose questions are not quotes; every other label used twice or more that is the last word of a
     * person the article names outside the block speaks its turns, and the unlabelled paragraphs that follow a turn
     * before the next one.
     */
    private static void transcriptTurns(AnnotatedText t, boolean[] boilerplate, List<QuoteSpan> direct, List<QuoteSpan> reported,
                                        MentionIndex mentions, List<QuoteSpan> added) {
        List<Integer> turns = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int p = 0; p < t.paragraphs().size(); p++) {
            Range para = t.paragraph(p);
            if (boilerplate[p] || para.length() < 3) continue;
            // a label in upper and lower case ("Haroun:") may be any heading: only a person named elsewhere makes it a turn
            int loose = turnLabelEnd(t, para, true);
            if (turnLabelEnd(t, para) < 0 && (loose < 0 || namedWithLastWord(t, mentions, t.span(para.start(), loose), direct) == null)) continue;
            turns.add(p);
            uses.merge(turnLabel(t, para), 1, Integer::sum);
        }
        if (uses.isEmpty()) return;
        // "How bad was it? / Haroun: The worst I have seen.": with one label only, the questions go unlabelled and
        // the label is the interviewee's
        boolean oneVoice = uses.size() == 1;
        String interviewer = oneVoice ? null : turnLabel(t, t.paragraph(turns.getFirst()));
        Map<String, Mention> speakers = new HashMap<>();
        for (Map.Entry<String, Integer> u : uses.entrySet()) {
            if (u.getKey().equals(interviewer) || u.getValue() < 2) continue;
            Mention named = namedWithLastWord(t, mentions, u.getKey(), direct);
            if (named != null) speakers.put(u.getKey(), named);
        }
        if (speakers.isEmpty()) return;
        for (int i = 0; i < turns.size(); i++) {
            Range para = t.paragraph(turns.get(i));
            Mention speaker = speakers.get(turnLabel(t, para));
            if (speaker == null) continue;
            int colon = turnLabelEnd(t, para, true);
            String cue = t.span(para.start(), colon + 1);
            QuoteSpan first = answer(colon + 1, para.end(), direct, reported, added);
            if (first != null) first.attribute(speaker, -1, cue, CONFIDENCE);
            // "But she says things I've wanted to say …": an unlabelled paragraph before the next turn goes on the answer
            int next = i + 1 < turns.size() ? turns.get(i + 1) : turns.get(i) + 1;
            for (int p = turns.get(i) + 1; p < next; p++) {
                Range more = t.paragraph(p);
                if (boilerplate[p] || more.length() < 3 || oneVoice && t.token(more.end() - 1).isPunct('?')) continue;
                QuoteSpan continued = answer(more.start(), more.end(), direct, reported, added);
                if (continued != null) continued.attribute(speaker, -1, cue, CONFIDENCE);
            }
        }
    }

    /** The words of a turn label, without the colon: "RURAL NEWS", "Haroun". */
    private static String turnLabel(AnnotatedText t, Range para) {
        return t.span(para.start(), turnLabelEnd(t, para, true)).toUpperCase(Locale.ROOT);
    }

    /** The colon of a turn label, one to three words in capitals opening the paragraph ("TAIT:"), else -1. */
    static int turnLabelEnd(AnnotatedText t, Range para) {
        return turnLabelEnd(t, para, false);
    }

    /** The same, with {@code capitalised} also a single capitalised word ("Haroun:"), which only a named person confirms. */
    private static int turnLabelEnd(AnnotatedText t, Range para, boolean capitalised) {
        Token first = t.token(para.start());
        if (capitalised && para.length() > 2 && first.kind() == TokenKind.WORD && first.isCapitalized() && first.text().length() >= 2
                && t.token(para.start() + 1).isPunct(':')) {
            return para.start() + 1;
        }
        for (int k = para.start(); k < Math.min(para.end(), para.start() + 4); k++) {
            Token x = t.token(k);
            if (x.isPunct(':')) return k > para.start() ? k : -1;
            if (x.kind() != TokenKind.WORD || x.text().length() < 2 || !x.text().equals(x.text().toUpperCase(Locale.ROOT))
                    || !Character.isLetter(x.text().charAt(0))) return -1;
        }
        return -1;
    }

    /** The first person named outside quotes whose name ends in {@code label}'s word, any case: "Bronwyn Tait" for "TAIT". */
    private static Mention namedWithLastWord(AnnotatedText t, MentionIndex mentions, String label, List<QuoteSpan> direct) {
        for (Mention m : mentions.names()) {
            if (m.organization() || m.coreEnd() <= m.coreStart() || insideQuote(m.start(), direct)) continue;
            if (t.token(m.coreEnd() - 1).text().equalsIgnoreCase(label) && m.coreEnd() - m.coreStart() >= 2) return m;
        }
        return null;
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

    /** "England's youngest grandmaster": a name of a place answers no questions. */
    private static boolean placeName(AnnotatedText t, Mention m) {
        for (int k = m.coreStart(); k < m.coreEnd(); k++) {
            if (t.token(k).kind() == TokenKind.WORD && !WordClasses.isPlaceName(t.token(k).lower())) return false;
        }
        return true;
    }

    private static Mention lastPersonBefore(AnnotatedText t, int before, MentionIndex mentions, List<QuoteSpan> direct) {
        Mention found = null;
        for (Mention m : mentions.names()) {
            if (m.start() >= before) break;
            if (m.organization() || insideQuote(m.start(), direct) || placeName(t, m)) continue;
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
