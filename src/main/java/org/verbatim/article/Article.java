package org.verbatim.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.engine.backend.types.Sortable;
import org.verbatim.base.search.Analyzers;

/**
 * A news article as it was received. Its text is never altered: quotes point into it by character offsets
 * (UTF-16 code units, as Java counts them). The SHA-256 of the text identifies it, so the same text is imported once.
 */
@Entity
@Table(name = "article")
@Audited
public class Article {

    /** The longest publisher's name kept; a title is shortened to 500 characters instead. */
    public static final int MAX_PUBLISHER = 200;

    @Id
    // in blocks from id_block (V40), so that a bulk import's inserts can be batched
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "article_ids")
    @TableGenerator(name = "article_ids", table = "id_block", pkColumnName = "entity", valueColumnName = "next_id",
            pkColumnValue = "article", allocationSize = 100)
    private Long id;

    @Column(nullable = false, length = 500)
    @FullTextField(analyzer = Analyzers.ENGLISH)
    @KeywordField(name = "title_sort", sortable = Sortable.YES, normalizer = Analyzers.SORT)
    private String title;

    @Column(length = MAX_PUBLISHER)
    @KeywordField(aggregable = Aggregable.YES)
    private String publisher;

    /** http or https only ({@link WebAddress}). */
    @Column(length = WebAddress.MAX_LENGTH)
    private String url;

    @Column(name = "published_on")
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private LocalDate publishedOn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_text", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    @NotAudited
    private String originalText;

    @Column(name = "content_hash", nullable = false, unique = true, updatable = false, length = 64)
    @NotAudited
    private String contentHash;

    @Column(name = "source_name", length = 500)
    @NotAudited
    private String sourceName;

    @Column(name = "imported_at", nullable = false, updatable = false)
    @NotAudited
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 80)
    @NotAudited
    private String importedBy;

    /** Which extractor read the article (null: none, or before V50 with no quotes to tell). */
    @Column(name = "extractor_name", length = 100)
    @NotAudited
    private String extractorName;

    @Column(name = "extractor_version", length = 50)
    @NotAudited
    private String extractorVersion;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String originalText, String title, String publisher, LocalDate publishedOn, String url,
                   String sourceName, Instant importedAt, String importedBy) {
        if (originalText == null || originalText.isBlank()) {
            throw new IllegalArgumentException("An article needs some text");
        }
        this.originalText = originalText;
        this.contentHash = hashOf(originalText);
        this.title = titleOrDefault(title, originalText);
        this.publisher = atMost("publisher", blankToNull(publisher), MAX_PUBLISHER);
        this.publishedOn = publishedOn;
        this.url = WebAddress.check(url);
        this.sourceName = blankToNull(sourceName);
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = Objects.requireNonNull(importedBy);
    }

    /** The identity of a text: SHA-256 of its UTF-8 bytes, in hex. */
    public static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String titleOrDefault(String title, String text) {
        if (title != null && !title.isBlank()) {
            return shorten(title.strip(), 500);
        }
        return shorten(firstSentence(text), 120);
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^(?i:date)\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    private static final java.util.regex.Pattern METADATA_LINE = java.util.regex.Pattern.compile(
            "(?i).*\\b(published on|categories:|share this|follow us)\\b.*");

    /**
     * Without a headline, the first sentence of the first line that reads as prose: at least four words, not a
     * metadata line; a leading "date 2021-02-01" dateline is dropped.
     */
    static String firstSentence(String text) {
        for (String raw : (Iterable<String>) text.lines()::iterator) {
            String line = DATELINE.matcher(raw.strip()).replaceFirst("").strip();
            if (line.split("\\s+").length < 4 || METADATA_LINE.matcher(line).matches()) {
                continue;
            }
            int end = line.length();
            for (int i = 0; i < line.length() - 1; i++) {
                char c = line.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(i + 1)) && i > 20) {
                    end = i + 1;
                    break;
                }
            }
            return line.substring(0, end);
        }
        String first = text.strip().lines().findFirst().orElse("Untitled").strip();
        return first.isEmpty() ? "Untitled" : first;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (" + value.length()
                    + " given)");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void describe(String title, String publisher, LocalDate publishedOn, String url) {
        this.title = titleOrDefault(title, originalText);
        this.publisher = atMost("publisher", blankToNull(publisher), MAX_PUBLISHER);
        this.publishedOn = publishedOn;
        this.url = WebAddress.check(url);
    }

    /** Records which extractor found this article's quotes; once, when it is imported. */
    public void extractedBy(String name, String version) {
        if (this.extractorName != null) {
            throw new IllegalStateException("This article was extracted by " + extractorName + " already");
        }
        this.extractorName = Objects.requireNonNull(name);
        this.extractorVersion = version;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    /** "2021-02": the month facet of search. */
    @KeywordField(name = "publishedMonth", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
    public String getPublishedMonth() {
        return publishedOn == null ? null : java.time.YearMonth.from(publishedOn).toString();
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getExtractorName() {
        return extractorName;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public long getVersion() {
        return version;
    }
}
