package org.verbatim.extraction.attribution;

import java.util.List;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Sieves for direct quotes that have no attribution of their own, in order: a short unpunctuated quoted line is a
 * subhead (no speaker); a paragraph that is all quote continues the quote of the paragraph before; after
 * "X said:" it belongs to X; so does one after a little narrative that names nobody else; a fragment inside a sentence
 * belongs to the sentence's subject. Anything else keeps
 * no speaker: inventing one is worse than leaving it open.
 */
public final class UnattributedQuotes {

    private UnattributedQuotes() {
    }

    public static void link(AnnotatedText t, List<QuoteSpan> direct, MentionIndex mentions) {
        QuoteSpan previous = null;
        for (QuoteSpan q : direct) {
            if (q.attributed() || q.absorbed()) {
                previous = q;
                continue;
            }
            int p = t.paragraphOf(q.outerStart());
            Range para = t.paragraph(p);
            boolean wholeParagraph = q.outerStart() == para.start() && q.outerEnd() >= para.end() - 1;
            if (wholeParagraph) {
                if (looksLikeSubhead(t, q)) {
                    q.markSubhead();
                } else if (previous != null && !previous.subhead() && previous.attributed()
                        && t.paragraphOf(previous.outerStart()) >= p - 1 && t.paragraphOf(previous.outerStart()) < p) {
                    q.continueFrom(previous, 0.65);
                } else if (p > 0 && endsWithColon(t, t.paragraph(p - 1))) {
                    attributeToColon(t, q, t.paragraph(p - 1), mentions);
                } else if (previous != null && !previous.subhead() && previous.attributed()
                        && t.paragraphOf(previous.outerStart()) >= p - 3 && noNameBetween(t.paragraph(t.paragraphOf(previous.outerStart())).end(), q.outerStart(), mentions)) {
                    // a quote paragraph after a little narrative about the same speaker, nobody else named since
                    q.continueFrom(previous, 0.5);
                }
            } else if (previous != null && previous.attributed() && !previous.subhead()
                    && t.paragraphOf(previous.outerStart()) == p && startsSentence(t, q)) {
                // "“A,” she said. “B.”": the second part is hers too
                q.continueFrom(previous, 0.75);
            } else if (q.openMark() > para.start()) {
                Range s = t.sentence(t.sentenceOf(q.outerStart()));
                Mention subject = firstMentionBefore(t, s, q.outerStart(), mentions);
                if (subject != null) {
                    q.attribute(subject, -1, null, 0.45);
                    q.markEmbedded();
                }
            }
            previous = q;
        }
    }

    private static boolean noNameBetween(int from, int to, MentionIndex mentions) {
        for (Mention m : mentions.names()) {
            if (m.start() >= from && m.start() < to) return false;
        }
        return true;
    }

    private static boolean startsSentence(AnnotatedText t, QuoteSpan q) {
        return t.sentence(t.sentenceOf(q.outerStart())).start() == q.outerStart();
    }

    private static boolean looksLikeSubhead(AnnotatedText t, QuoteSpan q) {
        Token last = t.token(q.contentEnd() - 1);
        if (last.isTerminal() || last.text().endsWith(".")) return false;
        int words = 0;
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            if (t.token(i).kind() == TokenKind.WORD) words++;
        }
        return words <= 14;
    }

    private static boolean endsWithColon(AnnotatedText t, Range para) {
        return t.token(para.end() - 1).isPunct(':');
    }

    private static void attributeToColon(AnnotatedText t, QuoteSpan q, Range para, MentionIndex mentions) {
        for (int v = para.end() - 2; v >= para.start(); v--) {
            Token x = t.token(v);
            if (x.kind() == TokenKind.WORD && SpeechVerbs.lemma(x.lower()) != null) {
                Range s = t.sentence(t.sentenceOf(v));
                int e = v - 1;
                while (e >= s.start() && t.token(e).isLowerWord() && t.token(e).lower().endsWith("ly")) e--;
                Mention m = mentions.endingAt(e + 1, s);
                if (m != null) q.attribute(m, v, x.text(), 0.7);
                return;
            }
        }
    }

    private static Mention firstMentionBefore(AnnotatedText t, Range s, int limit, MentionIndex mentions) {
        for (int i = s.start(); i < limit; i++) {
            Mention m = mentions.nameAt(i);
            if (m == null) m = mentions.startingAt(i, s);
            if (m != null && m.end() <= limit && m.kind() != Mention.Kind.DESCRIPTION) {
                boolean afterPreposition = i > s.start() && t.token(i - 1).isLowerWord()
                        && org.verbatim.extraction.lexicon.Lexicon.PREPOSITIONS.contains(t.token(i - 1).lower());
                if (!afterPreposition) return m;
            }
        }
        return null;
    }
}
