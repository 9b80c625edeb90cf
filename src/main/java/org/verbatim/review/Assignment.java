package org.verbatim.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * An editor's request that a fact-checker review an article (every quote of it) or one quote, by a day or whenever.
 * One per article and one per quote: assigning again hands it to someone else, and the audit history keeps who had it.
 */
@Entity
@Table(name = "assignment")
@Audited
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** "article:ID" or "quote:ID", unique: what is assigned. */
    @Column(nullable = false, length = 40, updatable = false)
    private String target;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    /** {@code null}: the whole article. */
    @Column(name = "quote_id", updatable = false)
    private Long quoteId;

    @Column(nullable = false, length = 80)
    private String assignee;

    @Column(name = "assigned_by", nullable = false, length = 80)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Version
    private long version;

    protected Assignment() {
    }

    private Assignment(long articleId, Long quoteId) {
        this.articleId = articleId;
        this.quoteId = quoteId;
        this.target = targetOf(articleId, quoteId);
    }

    static Assignment of(long articleId, Long quoteId, String assignee, String by, Instant at, LocalDate dueOn) {
        Assignment a = new Assignment(articleId, quoteId);
        a.handTo(assignee, by, at, dueOn);
        return a;
    }

    static String targetOf(long articleId, Long quoteId) {
        return quoteId == null ? "article:" + articleId : "quote:" + quoteId;
    }

    /** Gives the work to {@code assignee} (again, or to someone else), with a new due day or none. */
    void handTo(String assignee, String by, Instant at, LocalDate dueOn) {
        if (assignee == null || assignee.isBlank()) {
            throw new IllegalArgumentException("assignee: say who is to review it");
        }
        this.assignee = assignee.strip();
        this.assignedBy = Objects.requireNonNull(by);
        this.assignedAt = Objects.requireNonNull(at);
        this.dueOn = dueOn;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getVersion() {
        return version;
    }
}
