package org.verbatim.compare;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.verbatim.base.search.Analyzers;
import org.verbatim.quote.Quote;

/**
 * A reviewer's judgement of two statements side by side. One label per pair (lower quote id first); relabelling
 * changes it, and the audit history keeps every earlier judgement with its note. Indexed, so that "confirmed
 * contradictions involving Ruritania" is a search.
 */
@Entity
@Table(name = "pair_label")
@Audited
@Indexed
public class PairLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_quote_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexedEmbedded(includePaths = {"text", "speaker.canonicalName", "speaker.aliases", "speaker.affiliation",
            "speaker.affiliation_key", "article.title"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Quote first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_quote_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexedEmbedded(includePaths = {"text", "speaker.canonicalName", "speaker.aliases", "speaker.affiliation",
            "speaker.affiliation_key", "article.title"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Quote second;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES)
    private PairVerdict verdict;

    @Column(length = 4000)
    @FullTextField(analyzer = Analyzers.ENGLISH)
    private String note;

    @Column(name = "labelled_by", nullable = false, length = 80)
    @KeywordField
    private String labelledBy;

    @Column(name = "labelled_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant labelledAt;

    @Version
    private long version;

    protected PairLabel() {
    }

    /** Two different quotes, in either order; they are stored lower id first. */
    PairLabel(Quote a, Quote b, PairVerdict verdict, String note, String reviewer, Instant at) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        if (Objects.equals(a.getId(), b.getId())) {
            throw new IllegalArgumentException("A statement is not compared with itself");
        }
        boolean aFirst = a.getId() < b.getId();
        this.first = aFirst ? a : b;
        this.second = aFirst ? b : a;
        relabel(verdict, note, reviewer, at);
    }

    void relabel(PairVerdict verdict, String note, String reviewer, Instant at) {
        this.verdict = Objects.requireNonNull(verdict, "Choose contradicts, consistent or unrelated");
        this.note = note == null || note.isBlank() ? null : clip(note.strip());
        this.labelledBy = Objects.requireNonNull(reviewer);
        this.labelledAt = Objects.requireNonNull(at);
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    public Long getId() {
        return id;
    }

    public Quote getFirst() {
        return first;
    }

    public Quote getSecond() {
        return second;
    }

    public PairVerdict getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }

    public String getLabelledBy() {
        return labelledBy;
    }

    public Instant getLabelledAt() {
        return labelledAt;
    }

    public long getVersion() {
        return version;
    }
}
