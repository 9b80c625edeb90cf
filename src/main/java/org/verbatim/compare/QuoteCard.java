package org.verbatim.compare;

import java.time.LocalDate;

import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;

/** A quote as the comparison views show it: what, who (role, affiliation), when, where, and how far reviewed. */
public record QuoteCard(long quoteId, long version, long articleId, String articleTitle, String publisher,
                        LocalDate publishedOn, String text, String speakerName, String roleTitle, String affiliation,
                        ReviewStatus status, Verdict verdict) {

    static QuoteCard of(Quote q) {
        var s = q.getSpeaker();
        var a = q.getArticle();
        return new QuoteCard(q.getId(), q.getVersion(), a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn(),
                q.getText(), s == null ? null : s.getCanonicalName(), s == null ? null : s.getRoleTitle(),
                s == null ? null : s.getAffiliation(), q.getStatus(), q.getVerdict());
    }

    /** "Ali Example, Foreign Minister (Ruritanian)" or "unattributed". */
    public String who() {
        if (speakerName == null) {
            return "unattributed";
        }
        StringBuilder b = new StringBuilder(speakerName);
        if (roleTitle != null) {
            b.append(", ").append(roleTitle);
        }
        if (affiliation != null) {
            b.append(" (").append(affiliation).append(')');
        }
        return b.toString();
    }
}
