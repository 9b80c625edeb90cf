package org.verbatim.registry;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/**
 * One merge of two registry entries, as much as undoing it needs: the merged entry as it was, which quotes and
 * learned names moved, and what the survivor took over (aliases it did not have, a role, affiliation or external id
 * it lacked). Undone at most once.
 */
@Entity
@Table(name = "speaker_merge")
class SpeakerMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false, updatable = false)
    private long mergedId;

    @Column(name = "merged_name", nullable = false, length = 300, updatable = false)
    private String mergedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "merged_kind", nullable = false, length = 20, updatable = false)
    private SpeakerKind mergedKind;

    @Column(name = "merged_role_title", length = 300, updatable = false)
    private String mergedRoleTitle;

    @Column(name = "merged_affiliation", length = 300, updatable = false)
    private String mergedAffiliation;

    @Column(name = "merged_external_id", length = 100, updatable = false)
    private String mergedExternalId;

    @Column(name = "merged_aliases", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String mergedAliases;

    @Column(name = "added_aliases", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String addedAliases;

    @Column(name = "took_role_title", nullable = false, updatable = false)
    private boolean tookRoleTitle;

    @Column(name = "took_affiliation", nullable = false, updatable = false)
    private boolean tookAffiliation;

    @Column(name = "took_external_id", nullable = false, updatable = false)
    private boolean tookExternalId;

    @Column(name = "quote_ids", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String quoteIds;

    @Column(name = "learned_names", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String learnedNames;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "merged_by", nullable = false, length = 80, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "undone_by", length = 80)
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "restored_id")
    private Long restoredId;

    @Version
    private long version;

    protected SpeakerMerge() {
    }

    /** Records, before {@code survivor} absorbs {@code merged}, what the merge is about to change. */
    SpeakerMerge(Speaker merged, Speaker survivor, Collection<Long> quoteIds, Collection<String> learnedNames,
                 String reason, String by, Instant at) {
        this.survivorId = survivor.getId();
        this.mergedId = merged.getId();
        this.mergedName = merged.getCanonicalName();
        this.mergedKind = merged.getKind();
        this.mergedRoleTitle = merged.getRoleTitle();
        this.mergedAffiliation = merged.getAffiliation();
        this.mergedExternalId = merged.getExternalId();
        this.mergedAliases = String.join("\n", merged.getAliases());
        List<String> added = new java.util.ArrayList<>();
        for (String name : concat(merged.getCanonicalName(), merged.getAliases())) {
            if (!survivor.isKnownAs(name) && added.stream().noneMatch(a -> a.equalsIgnoreCase(name))
                    && !Speaker.isDescription(name)) {
                added.add(name);
            }
        }
        this.addedAliases = String.join("\n", added);
        this.tookRoleTitle = survivor.getRoleTitle() == null && merged.getRoleTitle() != null;
        this.tookAffiliation = survivor.getAffiliation() == null && merged.getAffiliation() != null;
        this.tookExternalId = survivor.getExternalId() == null && merged.getExternalId() != null;
        this.quoteIds = quoteIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.learnedNames = String.join("\n", learnedNames);
        this.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        this.mergedBy = Objects.requireNonNull(by);
        this.mergedAt = Objects.requireNonNull(at);
    }

    private static List<String> concat(String name, Collection<String> aliases) {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The merged entry again, as it was before the merge (a new id: the old one is not reused). */
    Speaker recreate() {
        Speaker speaker = new Speaker(mergedName, mergedKind, mergedRoleTitle, mergedAffiliation);
        speaker.describe(mergedRoleTitle, mergedAffiliation, mergedKind, mergedExternalId);
        speaker.replaceAliases(lines(mergedAliases));
        return speaker;
    }

    /** Gives back what {@code survivor} took over, where it still holds what it took. */
    void giveBack(Speaker survivor) {
        survivor.removeAliases(lines(addedAliases));
        survivor.describe(
                tookRoleTitle && Objects.equals(survivor.getRoleTitle(), mergedRoleTitle) ? null
                        : survivor.getRoleTitle(),
                tookAffiliation && Objects.equals(survivor.getAffiliation(), mergedAffiliation) ? null
                        : survivor.getAffiliation(),
                survivor.getKind(),
                tookExternalId && Objects.equals(survivor.getExternalId(), mergedExternalId) ? null
                        : survivor.getExternalId());
    }

    void undone(long restored, String by, Instant at) {
        if (undoneAt != null) {
            throw new IllegalStateException("This merge was undone already, by " + undoneBy);
        }
        this.restoredId = restored;
        this.undoneBy = Objects.requireNonNull(by);
        this.undoneAt = Objects.requireNonNull(at);
    }

    private static List<String> lines(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static List<Long> ids(String s) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(Long::valueOf).toList();
    }

    Long getId() {
        return id;
    }

    long getSurvivorId() {
        return survivorId;
    }

    long getMergedId() {
        return mergedId;
    }

    String getMergedName() {
        return mergedName;
    }

    List<Long> quoteIds() {
        return ids(quoteIds);
    }

    List<String> learnedNames() {
        return lines(learnedNames);
    }

    String getReason() {
        return reason;
    }

    String getMergedBy() {
        return mergedBy;
    }

    Instant getMergedAt() {
        return mergedAt;
    }

    String getUndoneBy() {
        return undoneBy;
    }

    Instant getUndoneAt() {
        return undoneAt;
    }

    Long getRestoredId() {
        return restoredId;
    }
}
