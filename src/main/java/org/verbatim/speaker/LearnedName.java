package org.verbatim.speaker;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A name reviewers taught the registry: the extractor called a speaker {@code name}, and a reviewer corrected the
 * quote to {@code speaker}. Later imports resolve the name to that speaker before any other entry known by it. Not
 * audited itself: the correction that taught it is, with its reason, and so is the alias it gave the speaker.
 */
@Entity
@Table(name = "learned_speaker_name")
public class LearnedName {

    @Id
    @Column(length = 300)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    private Speaker speaker;

    @Column(name = "quote_id")
    private Long quoteId;

    @Column(name = "learned_by", nullable = false, length = 80)
    private String learnedBy;

    @Column(name = "learned_at", nullable = false)
    private Instant learnedAt;

    @Version
    private long version;

    protected LearnedName() {
    }

    LearnedName(String name, Speaker speaker, Long quoteId, String learnedBy, Instant learnedAt) {
        this.name = Objects.requireNonNull(name);
        teach(speaker, quoteId, learnedBy, learnedAt);
    }

    /** The latest correction wins: reviewers may change their mind about who a name means. */
    void teach(Speaker speaker, Long quoteId, String learnedBy, Instant learnedAt) {
        this.speaker = Objects.requireNonNull(speaker);
        this.quoteId = quoteId;
        this.learnedBy = Objects.requireNonNull(learnedBy);
        this.learnedAt = Objects.requireNonNull(learnedAt);
    }

    /** When {@code speaker} is merged into another entry, what was learned about it goes there too. */
    public void moveTo(Speaker survivor) {
        this.speaker = Objects.requireNonNull(survivor);
    }

    public String getName() {
        return name;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public String getLearnedBy() {
        return learnedBy;
    }

    public Instant getLearnedAt() {
        return learnedAt;
    }
}
