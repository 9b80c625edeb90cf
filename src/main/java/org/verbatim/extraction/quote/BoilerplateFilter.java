package org.verbatim.extraction.quote;

import org.verbatim.extraction.lexicon.Words;
import java.util.Set;
import java.util.regex.Pattern;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Paragraphs that are page furniture rather than reporting: teasers of other stories cut off with an ellipsis,
 * share/follow buttons, source and photo credits, bylines, and unquoted subheads. They yield no quotes.
 */
public final class BoilerplateFilter {

    private static final Set<String> FURNITURE = Words.setOf("share", "follow", "subscribe", "click", "download", "newsletter",
            "copyright", "rights", "cookies", "advertisement", "sign", "login", "print", "email", "comments", "tags",
            "categories", "related", "platform", "whatsapp", "telegram", "facebook", "twitter", "youtube", "instagram");
    private static final Set<String> CREDIT_STARTERS = Words.setOf("source", "via", "credit", "credits", "photo", "image",
            "caption", "copyright", "by", "published", "updated", "posted", "date", "read", "watch", "see", "listen",
            "more", "also", "tags", "categories", "filed");
    // only on short lines, so the scan stays linear and tiny
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("(\u2026|\\.\\.\\.)\\s*$");

    private BoilerplateFilter() {
    }

    /** One flag per paragraph of {@code t}: {@code true} when it is boilerplate. */
    public static boolean[] mark(AnnotatedText t) {
        boolean[] out = new boolean[t.paragraphs().size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = isBoilerplate(t, t.paragraph(p));
        }
        return out;
    }

    private static boolean isBoilerplate(AnnotatedText t, Range p) {
        int words = 0;
        boolean quote = false;
        boolean speech = false;
        int furniture = 0;
        for (int i = p.start(); i < p.end(); i++) {
            Token x = t.token(i);
            if (x.kind() == TokenKind.WORD) {
                words++;
                if (FURNITURE.contains(x.lower())) furniture++;
                if (SpeechVerbs.lemma(x.lower()) != null) speech = true;
            }
            if (x.kind() == TokenKind.QUOTE) quote = true;
        }
        Token last = t.token(p.end() - 1);
        Token first = t.token(p.start());
        if (words == 0) return true;
        // teaser of another story: cut off mid-sentence with an ellipsis
        if (!quote && (last.text().equals("\u2026") || (last.text().equals(".") && p.length() >= 3
                && t.token(p.end() - 2).text().equals(".") && t.token(p.end() - 3).text().equals(".")))) {
            return true;
        }
        if (t.text().length() > 0 && words <= 40) {
            String tail = t.text().substring(t.token(Math.max(p.start(), p.end() - 3)).start(), last.end());
            if (!quote && TRAILING_ELLIPSIS.matcher(tail).find()) return true;
        }
        if (words <= 15 && !quote && furniture > 0 && !speech) return true;
        if (words <= 12 && !quote && CREDIT_STARTERS.contains(first.lower()) && !speech) return true;
        // unquoted subhead: short line without closing punctuation
        return words <= 10 && !quote && !last.isTerminal() && !speech;
    }
}
