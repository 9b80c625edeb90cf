package org.verbatim.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import org.hibernate.Hibernate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.notification.NotificationKind;
import org.verbatim.notification.Notifier;
import org.verbatim.quote.ClaimRating;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.Verdict;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerIdentity;
import org.verbatim.speaker.SpeakerKind;
import org.verbatim.speaker.SpeakerRegistry;
import org.verbatim.speaker.SpeakerRepository;

/**
 * What reviewers do to a quote. Every step names the version of the quote the reviewer saw: if someone changed it
 * since, nothing is saved and {@link ConflictingEditException} says who and when. Roles are checked here, on the
 * server, whatever the UI shows.
 */
@Service
public class ReviewWorkflow {

    /** A speaker a reviewer adds to the registry while correcting a quote. */
    public record NewSpeaker(String name, String roleTitle, String affiliation, SpeakerKind kind) {
    }

    /**
     * A fact-checker's correction; {@code null} parts stay as they are. The speaker is an existing one
     * ({@code speakerId}), a new one ({@code newSpeaker}), or none ({@code clearSpeaker}).
     */
    public record Correction(Integer start, Integer end, Long speakerId, NewSpeaker newSpeaker, boolean clearSpeaker,
                             QuoteType type) {
        public static Correction speaker(long speakerId) {
            return new Correction(null, null, speakerId, null, false, null);
        }

        public static Correction span(int start, int end) {
            return new Correction(start, end, null, null, false, null);
        }

        public static Correction type(QuoteType type) {
            return new Correction(null, null, null, null, false, type);
        }

        boolean changesNothing() {
            return start == null && speakerId == null && newSpeaker == null && !clearSpeaker && type == null;
        }
    }

    private static final int ATTEMPTS = 3;

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerRepository speakers;
    private final SpeakerRegistry registry;
    private final ReviewRepository reviews;
    private final TransactionTemplate tx;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClaimRatings ratings;
    private final Notifier notifier;

    ReviewWorkflow(ArticleRepository articles, QuoteRepository quotes, SpeakerRepository speakers,
                   SpeakerRegistry registry, ReviewRepository reviews, PlatformTransactionManager transactions,
                   CurrentUser currentUser, Clock clock, ClaimRatings ratings, Notifier notifier) {
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.registry = registry;
        this.reviews = reviews;
        this.tx = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
        this.ratings = ratings;
        this.notifier = notifier;
    }

    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote confirm(long quoteId, long seenVersion) {
        return change(quoteId, seenVersion, null, (quote, who, now) -> {
            quote.confirm(who, now);
            return new Review(quote.getId(), ReviewAction.CONFIRM, null, null, null, null, who, now);
        });
    }

    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote correct(long quoteId, long seenVersion, Correction correction, String reason) {
        Objects.requireNonNull(correction);
        if (correction.changesNothing()) {
            throw new IllegalArgumentException("Nothing to correct: change the span, the speaker or the type");
        }
        requireReason(reason, "correct this quote");
        return change(quoteId, seenVersion, reason, (quote, who, now) -> {
            Speaker speaker = speakerFor(correction.speakerId(), correction.newSpeaker());
            quote.correct(correction.start(), correction.end(), speaker, correction.clearSpeaker(),
                    correction.type(), who, now);
            if (speaker != null && quote.isSpeakerCorrected()) {
                // the next article naming this speaker the same way gets the speaker the reviewer chose
                registry.learn(quote.getMachineSpeaker(), quote.getMention(), speaker, quote.getId(), who, now);
            }
            return new Review(quote.getId(), ReviewAction.CORRECT, null, null, null, reason, who, now);
        });
    }

    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote reject(long quoteId, long seenVersion, String reason) {
        requireReason(reason, "reject this quote");
        return change(quoteId, seenVersion, reason, (quote, who, now) -> {
            quote.reject(who, now);
            return new Review(quote.getId(), ReviewAction.REJECT, null, null, null, reason, who, now);
        });
    }

    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote recordVerdict(long quoteId, long seenVersion, Verdict verdict, String note, String sourceLinks) {
        Objects.requireNonNull(verdict, "Choose a verdict");
        requireAtMost("note", note, Review.MAX_NOTE);
        requireAtMost("sources", sourceLinks, Review.MAX_NOTE);
        String reason = "Verdict: " + verdict.label() + (note == null || note.isBlank() ? "" : " — " + note.strip());
        return change(quoteId, seenVersion, reason, (quote, who, now) -> {
            quote.recordVerdict(verdict, note, who, now);
            return new Review(quote.getId(), ReviewAction.VERDICT, verdict, blankToNull(note),
                    blankToNull(sourceLinks), null, who, now);
        });
    }

    /**
     * Rates the truth of the quote's claim on the configured scale, apart from the attribution verdict; the note
     * explains the rating (a ClaimReview's body).
     */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote rateClaim(long quoteId, long seenVersion, String rating, String note) {
        ClaimRating chosen = ratings.require(rating);
        requireAtMost("note", note, Review.MAX_NOTE);
        String reason = "Claim rating: " + chosen.label() + (note == null || note.isBlank() ? "" : " — " + note.strip());
        return change(quoteId, seenVersion, reason, (quote, who, now) -> {
            quote.rateClaim(chosen, note, who, now);
            return Review.rating(quote.getId(), chosen.label(), blankToNull(note), who, now);
        });
    }

    /**
     * Adds a quote the extractor missed, at the span the reviewer selected; it counts as reviewed by them.
     */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote addMissedQuote(long articleId, int start, int end, QuoteType type, Long speakerId,
                                NewSpeaker newSpeaker, String reason) {
        Objects.requireNonNull(type);
        requireReason(reason, "add this quote");
        String who = currentUser.username();
        return ChangeReason.during(reason, () -> tx.execute(status -> {
            Article article = articles.findById(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("This article no longer exists"));
            Quote quote = quotes.save(Quote.addedByReviewer(article, start, end, type,
                    speakerFor(speakerId, newSpeaker), who, clock.instant()));
            reviews.save(new Review(quote.getId(), ReviewAction.ADD, null, null, null, reason, who,
                    clock.instant()));
            return quote;
        }));
    }

    /** Takes a quote into the signed-in reviewer's own queue. */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public Quote assignToMe(long quoteId, long seenVersion) {
        String who = currentUser.username();
        return change(quoteId, seenVersion, "Assigned to " + who, (quote, me, now) -> {
            quote.assignTo(me);
            return null;
        });
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public Quote approve(long quoteId, long seenVersion) {
        return change(quoteId, seenVersion, "Approved", (quote, who, now) -> {
            quote.approve(who, now);
            notifier.tell(quote.getReviewedBy(), NotificationKind.APPROVED, who + " approved your review of “"
                    + excerpt(quote.getText()) + "”", routeTo(quote));
            return new Review(quote.getId(), ReviewAction.APPROVE, null, null, null, null, who, now);
        });
    }

    /** A quote to approve, at the version the editor saw. */
    public record Approval(long quoteId, long seenVersion) {
    }

    /** What a bulk approval did: the quotes approved, and each one refused with why. */
    public record BulkOutcome(List<Long> approved, Map<Long, String> refused) {
    }

    /**
     * Approves each quote on its own, as {@link #approve} does: one refused (the editor's own review, changed since,
     * no longer reviewed) does not stop the others, and says why.
     */
    @RolesAllowed(Role.EDITOR_NAME)
    public BulkOutcome approveAll(List<Approval> approvals) {
        List<Long> approved = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (Approval a : approvals) {
            try {
                approve(a.quoteId(), a.seenVersion());
                approved.add(a.quoteId());
            } catch (ConflictingEditException | IllegalStateException | IllegalArgumentException e) {
                refused.put(a.quoteId(), e.getMessage());
            }
        }
        return new BulkOutcome(List.copyOf(approved), refused);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public Quote returnForReview(long quoteId, long seenVersion, String comment) {
        requireReason(comment, "return this quote");
        return change(quoteId, seenVersion, comment, (quote, who, now) -> {
            quote.returnForReview();
            notifier.tell(quote.getReviewedBy(), NotificationKind.RETURNED, who + " returned “"
                    + excerpt(quote.getText()) + "” to you: " + comment.strip(), routeTo(quote));
            return new Review(quote.getId(), ReviewAction.RETURN, null, comment, null, comment, who, now);
        });
    }

    private interface Step {
        Review apply(Quote quote, String who, Instant now);
    }

    /**
     * One step on one quote, in one transaction that holds the quote's row lock. A deadlock or lock timeout the
     * database still reports (with other writers elsewhere) is retried a few times; the seen version keeps a retry
     * from applying a step to a quote someone else changed meanwhile.
     */
    private Quote change(long quoteId, long seenVersion, String reason, Step step) {
        String who = currentUser.username();
        for (int attempt = 1; ; attempt++) {
            try {
                return ChangeReason.during(reason, () -> tx.execute(status -> {
                    Quote quote = quotes.lockById(quoteId)
                            .orElseThrow(() -> new IllegalArgumentException("This quote no longer exists"));
                    if (quote.getVersion() != seenVersion) {
                        throw conflict(quote);
                    }
                    Review review = step.apply(quote, who, clock.instant());
                    if (review != null) {
                        reviews.save(review);
                    }
                    quotes.flush();
                    // the caller shows the quote as this step left it (not as a later step may have): with its speaker
                    Hibernate.initialize(quote.getSpeaker());
                    return quote;
                }));
            } catch (ObjectOptimisticLockingFailureException e) {
                // lost a race inside the same instant: the other transaction committed first
                Quote current = quotes.findById(quoteId).orElseThrow(() -> e);
                throw conflict(current);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Speaker speakerFor(Long speakerId, NewSpeaker newSpeaker) {
        if (newSpeaker != null) {
            if (newSpeaker.name() == null || newSpeaker.name().isBlank()) {
                throw new IllegalArgumentException("A new speaker needs a name");
            }
            // one entry per name and affiliation (a unique key): a "new" speaker already in the registry is that one
            return speakers.findByIdentityKey(SpeakerIdentity.of(newSpeaker.name(), newSpeaker.affiliation()))
                    .orElseGet(() -> speakers.save(new Speaker(newSpeaker.name(),
                            newSpeaker.kind() == null ? SpeakerKind.PERSON : newSpeaker.kind(),
                            newSpeaker.roleTitle(), newSpeaker.affiliation())));
        }
        return speakerId == null ? null : speakers.findById(speakerId)
                .orElseThrow(() -> new IllegalArgumentException("That speaker no longer exists; pick another"));
    }

    private static ConflictingEditException conflict(Quote quote) {
        boolean approvedLast = quote.getApprovedAt() != null
                && (quote.getReviewedAt() == null || quote.getApprovedAt().isAfter(quote.getReviewedAt()));
        return approvedLast ? new ConflictingEditException(quote.getApprovedBy(), quote.getApprovedAt())
                : new ConflictingEditException(quote.getReviewedBy(), quote.getReviewedAt());
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException(what);
        }
        requireAtMost("reason", reason, Review.MAX_REASON);
    }

    /** Checked before anything is written, so that the answer names the field rather than a database error. */
    private static void requireAtMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (" + value.length()
                    + " given)");
        }
    }

    /** Where a notification about the quote leads: the quote open in its article. */
    static String routeTo(Quote quote) {
        return "articles/" + quote.getArticle().getId() + "?quote=" + quote.getId();
    }

    static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
