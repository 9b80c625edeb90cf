package org.verbatim.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.verbatim.article.Article;
import org.verbatim.quote.Quote;
import org.verbatim.review.Review;
import org.verbatim.speaker.Speaker;

/**
 * What one revision of a quote did, in the history's words: the action (the machine's suggestion, the reviewer's
 * step) and each field's from → to against the revision before. The quote's timeline and the global log say the same.
 */
final class QuoteChanges {

    /** A speaker's name for the history: as it was at a revision, or as it is now. */
    interface Names {
        String of(Long speakerId, long revision);
    }

    private QuoteChanges() {
    }

    static String action(ChangeKind change, Quote q, Review review, boolean first) {
        if (change == ChangeKind.DELETED) {
            return "Deleted";
        }
        if (review != null) {
            return Labels.of(review.getAction());
        }
        if (first) {
            String by = q.getExtractorName() == null ? "someone" : q.getExtractorName()
                    + (q.getExtractorVersion() == null ? "" : " " + q.getExtractorVersion());
            return "Suggested by " + by + (q.getConfidence() == null ? ""
                    : String.format(Locale.ROOT, ", confidence %.2f", q.getConfidence()));
        }
        return "Changed";
    }

    /** Field by field from {@code b} (revision {@code bRev}; {@code null}: a new quote) to {@code a}. */
    static List<FieldChange> between(Quote b, long bRev, Quote a, long aRev, Review review, Names names) {
        boolean all = b == null;
        List<FieldChange> c = new ArrayList<>();
        Diff.of(c, "Text", b == null ? null : b.getText(), a.getText(), all);
        Diff.of(c, "Span", b == null ? null : span(b), span(a), all);
        Diff.of(c, "Type", b == null ? null : Labels.of(b.getType()), Labels.of(a.getType()), all);
        Long bSpeaker = b == null ? null : speakerId(b);
        Long aSpeaker = speakerId(a);
        if (all || !Objects.equals(bSpeaker, aSpeaker)) {
            Diff.of(c, "Speaker", b == null ? null : names.of(bSpeaker, bRev), names.of(aSpeaker, aRev), all);
        }
        Diff.of(c, "Mention", b == null ? null : b.getMention(), a.getMention(), all);
        Diff.of(c, "Cue", b == null ? null : b.getCue(), a.getCue(), all);
        Diff.of(c, "Status", b == null ? null : Labels.of(b.getStatus()), Labels.of(a.getStatus()), all);
        Diff.of(c, "Verdict", b == null ? null : Labels.of(b.getVerdict()), Labels.of(a.getVerdict()), all);
        Diff.of(c, "Note", b == null ? null : b.getVerdictNote(), a.getVerdictNote(), all);
        if (!all) {
            Diff.of(c, "Claim rating", b.getClaimRating(), a.getClaimRating(), false);
            Diff.of(c, "Rating note", b.getClaimRatingNote(), a.getClaimRatingNote(), false);
            Diff.of(c, "Assigned to", b.getAssignedTo(), a.getAssignedTo(), false);
            Diff.of(c, "Extractor", extractor(b), extractor(a), false);
            Diff.of(c, "Confidence", Labels.of(b.getConfidence()), Labels.of(a.getConfidence()), false);
        }
        if (review != null && review.getSourceLinks() != null) {
            c.add(new FieldChange("Sources", null, review.getSourceLinks()));
        }
        return c;
    }

    private static String span(Quote q) {
        return q.getStartOffset() + "–" + q.getEndOffset();
    }

    private static String extractor(Quote q) {
        return q.getExtractorName() == null ? null : q.getExtractorName() + " " + q.getExtractorVersion();
    }

    static Long speakerId(Quote quote) {
        return idOf(quote.getSpeaker(), s -> ((Speaker) s).getId());
    }

    static Long articleId(Quote quote) {
        return idOf(quote.getArticle(), a -> ((Article) a).getId());
    }

    /** The id behind an audited to-one reference without loading it. */
    private static Long idOf(Object entity, Function<Object, Long> getter) {
        if (entity == null) {
            return null;
        }
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
        return lazy != null ? (Long) lazy.getInternalIdentifier() : getter.apply(entity);
    }
}
