package org.verbatim.review;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.verbatim.quote.Verdict;

/** One reviewer action on a quote, with its verdict, note, sources and reason. Never edited once written. */
@Entity
@Table(name = "review")
@Audited
public class Review {

    /** The longest reason and the longest note or list of sources a review keeps (the columns' sizes). */
    public static final int MAX_REASON = 2000;
    public static final int MAX_NOTE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private Long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReviewAction action;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Verdict verdict;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    /** The claim rating this action gave (a {@link ReviewAction#RATE}). */
    @Column(name = "claim_rating", length = 60, updatable = false)
    private String claimRating;

    @Column(name = "source_links", length = MAX_NOTE, updatable = false)
    private String sourceLinks;

    @Column(length = MAX_REASON, updatable = false)
    private String reason;

    @Column(nullable = false, length = 80, updatable = false)
    private String reviewer;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Review() {
    }

    Review(Long quoteId, ReviewAction action, Verdict verdict, String note, String sourceLinks, String reason,
           String reviewer, Instant createdAt) {
        this.quoteId = Objects.requireNonNull(quoteId);
        this.action = Objects.requireNonNull(action);
        this.verdict = verdict;
        this.note = note;
        this.sourceLinks = sourceLinks;
        this.reason = reason;
        this.reviewer = Objects.requireNonNull(reviewer);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A claim rating given, with its explanation. */
    static Review rating(Long quoteId, String claimRating, String note, String reviewer, Instant createdAt) {
        Review review = new Review(quoteId, ReviewAction.RATE, null, note, null, null, reviewer, createdAt);
        review.claimRating = Objects.requireNonNull(claimRating);
        return review;
    }

    public Long getId() {
        return id;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public ReviewAction getAction() {
        return action;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getClaimRating() {
        return claimRating;
    }

    public String getNote() {
        return note;
    }

    public String getSourceLinks() {
        return sourceLinks;
    }

    public String getReason() {
        return reason;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
