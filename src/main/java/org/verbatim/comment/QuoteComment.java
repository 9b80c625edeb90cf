package org.verbatim.comment;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One message in a quote's thread: who wrote it, when, and whom it @-mentions. Never edited once written. */
@Entity
@Table(name = "quote_comment")
@Audited
public class QuoteComment {

    /** The longest comment kept (the column's size): a comment, not an essay. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private Long quoteId;

    @Column(nullable = false, length = 80, updatable = false)
    private String author;

    @Column(nullable = false, length = MAX_LENGTH, updatable = false)
    private String body;

    /** The user names mentioned, space-separated; {@code null} when none. */
    @Column(length = 1000, updatable = false)
    private String mentions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QuoteComment() {
    }

    QuoteComment(long quoteId, String author, String body, Collection<String> mentions, Instant createdAt) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("comment: write something first");
        }
        String text = body.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("comment: at most " + MAX_LENGTH + " characters (" + text.length()
                    + " given)");
        }
        this.quoteId = quoteId;
        this.author = Objects.requireNonNull(author);
        this.body = text;
        this.mentions = mentions.isEmpty() ? null : String.join(" ", mentions);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public List<String> getMentions() {
        return mentions == null ? List.of() : Arrays.asList(mentions.split(" "));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
