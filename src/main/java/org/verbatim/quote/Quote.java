package org.verbatim.quote;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.verbatim.article.Article;
import org.verbatim.base.search.Analyzers;
import org.verbatim.speaker.Speaker;

/**
 * A statement found in an article: the span of the article's text (by character offsets), who said it, and how
 * far its review has come. The extractor's original suggestion stays in the audit history as the first revision.
 */
@Entity
@Table(name = "quote")
@Audited
@Indexed
public class Quote {

    /** Extractor name of quotes that reviewers add by hand. */
    public static final String MANUAL = "manual";

    @Id
    // in blocks from id_block (V40), so that a bulk import's inserts can be batched
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "quote_ids")
    @TableGenerator(name = "quote_ids", table = "id_block", pkColumnName = "entity", valueColumnName = "next_id",
            pkColumnValue = "quote", allocationSize = 500)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexedEmbedded(includePaths = {"id", "title", "publisher", "publishedOn", "publishedMonth", "importedAt"},
            includeEmbeddedObjectId = true)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Article article;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false, columnDefinition = "TEXT")
    @FullTextField(analyzer = Analyzers.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_type", nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES)
    private QuoteType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    @IndexedEmbedded(includePaths = {"id", "canonicalName", "name_facet", "aliases", "roleTitle", "affiliation",
            "affiliation_facet", "affiliation_key", "kind"}, includeEmbeddedObjectId = true)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Speaker speaker;

    @Column(length = 300)
    private String mention;

    @Column(length = 100)
    private String cue;

    @Column(name = "extractor_name", length = 100)
    private String extractorName;

    @Column(name = "extractor_version", length = 50)
    private String extractorVersion;

    @GenericField(sortable = Sortable.YES)
    private Double confidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES)
    private ReviewStatus status = ReviewStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    private Verdict verdict;

    @Column(name = "verdict_note", length = 4000)
    private String verdictNote;

    /** The truth of what was said, apart from the attribution verdict: a label of the {@link ClaimRatings} scale. */
    @Column(name = "claim_rating", length = ClaimRating.MAX_LABEL)
    private String claimRating;

    @Column(name = "claim_rating_note", length = 4000)
    private String claimRatingNote;

    @Column(name = "reviewed_by", length = 80)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "assigned_to", length = 80)
    private String assignedTo;

    // the extractor's suggestion, kept beside the reviewed state so that its accuracy can be measured (null: manual)
    @Column(name = "machine_start_offset", updatable = false)
    private Integer machineStartOffset;

    @Column(name = "machine_end_offset", updatable = false)
    private Integer machineEndOffset;

    /** The registry entry the import attributed the quote to; a plain id, since that entry may be merged away. */
    @Column(name = "machine_speaker_id", updatable = false)
    private Long machineSpeakerId;

    /** The speaker's name as the extractor wrote it. */
    @Column(name = "machine_speaker", length = 300, updatable = false)
    private String machineSpeaker;

    /** Whether a reviewer changed the speaker the extractor suggested (or added one where it had none). */
    @Column(name = "speaker_corrected", nullable = false)
    private boolean speakerCorrected;

    @Version
    private long version;

    protected Quote() {
    }

    /** A quote as a machine (or a person, with {@code extractorName} "manual") suggests it. */
    public Quote(Article article, int startOffset, int endOffset, QuoteType type, Speaker speaker, String mention,
                 String cue, String extractorName, String extractorVersion, Double confidence) {
        this(article, startOffset, endOffset, type, speaker, speaker == null ? null : speaker.getCanonicalName(),
                mention, cue, extractorName, extractorVersion, confidence);
    }

    /**
     * A quote as an extractor suggests it, with the speaker's name as the extractor wrote it ({@code speakerAsNamed}),
     * which may differ from the registry entry's name ({@code speaker}) it was resolved to.
     */
    public Quote(Article article, int startOffset, int endOffset, QuoteType type, Speaker speaker,
                 String speakerAsNamed, String mention, String cue, String extractorName, String extractorVersion,
                 Double confidence) {
        this.article = Objects.requireNonNull(article);
        this.type = Objects.requireNonNull(type);
        setSpan(startOffset, endOffset);
        this.speaker = speaker;
        this.mention = clip(mention, 300);
        this.cue = clip(cue, 100);
        this.extractorName = extractorName;
        this.extractorVersion = extractorVersion;
        this.confidence = confidence;
        if (!MANUAL.equals(extractorName)) {
            this.machineStartOffset = startOffset;
            this.machineEndOffset = endOffset;
            this.machineSpeakerId = speaker == null ? null : speaker.getId();
            this.machineSpeaker = clip(speakerAsNamed, 300);
        }
    }

    private void setSpan(int start, int end) {
        String source = article.getOriginalText();
        if (start < 0 || end > source.length() || end <= start) {
            throw new IllegalArgumentException("A quote's span must lie inside its article's text and not be empty: "
                    + start + ".." + end + " of " + source.length());
        }
        this.startOffset = start;
        this.endOffset = end;
        this.text = source.substring(start, end);
    }

    private static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    // --- review workflow: each step checks the state it starts from -------------------------------------------

    public void confirm(String reviewer, Instant at) {
        requireReviewable();
        status = ReviewStatus.CONFIRMED;
        markReviewed(reviewer, at);
    }

    /** Changes what the reviewer says is wrong; {@code null} arguments leave that part as it is. */
    public void correct(Integer start, Integer end, Speaker newSpeaker, boolean clearSpeaker, QuoteType newType,
                        String reviewer, Instant at) {
        requireReviewable();
        if (start != null && end != null) {
            setSpan(start, end);
        }
        if (clearSpeaker) {
            noteSpeakerChange(null);
            this.speaker = null;
            this.mention = null;
        } else if (newSpeaker != null) {
            noteSpeakerChange(newSpeaker);
            this.speaker = newSpeaker;
        }
        if (newType != null) {
            this.type = newType;
        }
        status = ReviewStatus.CORRECTED;
        markReviewed(reviewer, at);
    }

    /**
     * A change of speaker marks the machine's speaker as wrong, unless it puts the machine's own speaker back. Compared
     * with the current speaker rather than the stored machine id, so that a merge of registry entries is no correction.
     */
    private void noteSpeakerChange(Speaker to) {
        boolean same = to == speaker
                || to != null && speaker != null && to.getId() != null && to.getId().equals(speaker.getId());
        if (!same) {
            speakerCorrected = to == null || to.getId() == null || !to.getId().equals(machineSpeakerId);
        }
    }

    public void reject(String reviewer, Instant at) {
        requireReviewable();
        status = ReviewStatus.REJECTED;
        markReviewed(reviewer, at);
    }

    public void recordVerdict(Verdict verdict, String note, String reviewer, Instant at) {
        if (status == ReviewStatus.REJECTED) {
            throw new IllegalStateException("A rejected quote is not a quote: it takes no verdict");
        }
        this.verdict = Objects.requireNonNull(verdict);
        this.verdictNote = clip(note, 4000);
        if (status == ReviewStatus.PENDING) {
            status = ReviewStatus.CONFIRMED;
        }
        markReviewed(reviewer, at);
    }

    /**
     * Rates the truth of the claim, apart from the attribution verdict. Like a verdict, it means someone looked: a
     * pending quote counts as confirmed. An approved quote must be returned before its rating changes.
     */
    public void rateClaim(ClaimRating rating, String note, String reviewer, Instant at) {
        Objects.requireNonNull(rating);
        requireReviewable();
        if (status == ReviewStatus.REJECTED) {
            throw new IllegalStateException("A rejected quote is not a quote: its claim takes no rating");
        }
        this.claimRating = rating.label();
        this.claimRatingNote = clip(note, 4000);
        if (status == ReviewStatus.PENDING) {
            status = ReviewStatus.CONFIRMED;
        }
        markReviewed(reviewer, at);
    }

    /**
     * Points the quote at the registry entry its speaker was merged into. The person is the same, so the review
     * stands: status, verdict and approval are untouched (the audit history still shows the move).
     */
    public void attributeToMergedSpeaker(Speaker survivor) {
        Objects.requireNonNull(survivor);
        if (speaker == null) {
            throw new IllegalStateException("This quote has no speaker to merge");
        }
        this.speaker = survivor;
    }

    /** An editor approves a reviewed quote; nobody approves their own review. */
    public void approve(String editor, Instant at) {
        if (!status.isReviewed()) {
            throw new IllegalStateException("Only a confirmed or corrected quote can be approved");
        }
        if (Objects.equals(editor, reviewedBy)) {
            throw new SelfApprovalException();
        }
        status = ReviewStatus.APPROVED;
        approvedBy = editor;
        approvedAt = at;
    }

    /** A quote a reviewer adds by hand where the extractor missed one: it counts as reviewed by them. */
    public static Quote addedByReviewer(Article article, int start, int end, QuoteType type, Speaker speaker,
                                        String reviewer, Instant at) {
        Quote quote = new Quote(article, start, end, type, speaker, null, null, MANUAL, null, null);
        quote.status = ReviewStatus.CORRECTED;
        quote.markReviewed(reviewer, at);
        return quote;
    }

    /** Claims a pending quote for a reviewer; anyone may take it over (the audit shows who had it). */
    public void assignTo(String reviewer) {
        this.assignedTo = reviewer;
    }

    /** An editor sends a reviewed quote back for another look. */
    public void returnForReview() {
        if (!status.isReviewed() && status != ReviewStatus.APPROVED) {
            throw new IllegalStateException("Only a reviewed quote can be returned");
        }
        status = ReviewStatus.PENDING;
        assignedTo = reviewedBy;
        approvedBy = null;
        approvedAt = null;
    }

    private void requireReviewable() {
        if (status == ReviewStatus.APPROVED) {
            throw new IllegalStateException("This quote is approved; an editor must return it before it changes");
        }
    }

    private void markReviewed(String reviewer, Instant at) {
        this.reviewedBy = Objects.requireNonNull(reviewer);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getText() {
        return text;
    }

    public QuoteType getType() {
        return type;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public String getMention() {
        return mention;
    }

    public String getCue() {
        return cue;
    }

    public String getExtractorName() {
        return extractorName;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public Double getConfidence() {
        return confidence;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getVerdictNote() {
        return verdictNote;
    }

    /** The claim's truth rating as the fact-checker chose it, or {@code null}. */
    public String getClaimRating() {
        return claimRating;
    }

    public String getClaimRatingNote() {
        return claimRatingNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Integer getMachineStartOffset() {
        return machineStartOffset;
    }

    public Integer getMachineEndOffset() {
        return machineEndOffset;
    }

    public Long getMachineSpeakerId() {
        return machineSpeakerId;
    }

    /** The speaker's name as the extractor wrote it, or {@code null} when it named none (or a person added this). */
    public String getMachineSpeaker() {
        return machineSpeaker;
    }

    public boolean isSpeakerCorrected() {
        return speakerCorrected;
    }

    public long getVersion() {
        return version;
    }
}
