package org.verbatim.speaker;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.verbatim.base.search.Analyzers;

/** A person or organisation that says things: the registry entry quotes are attributed to. */
@Entity
@Table(name = "speaker")
@Audited
public class Speaker {

    @Id
    // in blocks from id_block (V40): an AUTO_INCREMENT insert would run at once and flush the whole batch with it
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "speaker_ids")
    @TableGenerator(name = "speaker_ids", table = "id_block", pkColumnName = "entity", valueColumnName = "next_id",
            pkColumnValue = "speaker", allocationSize = 50)
    private Long id;

    @Column(name = "canonical_name", nullable = false, length = 300)
    @FullTextField(analyzer = Analyzers.NAME)
    @KeywordField(name = "name_facet", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String canonicalName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "alias", length = 300)
    @FullTextField(analyzer = Analyzers.NAME)
    private Set<String> aliases = new LinkedHashSet<>();

    @Column(name = "role_title", length = 300)
    @FullTextField(analyzer = Analyzers.ENGLISH)
    private String roleTitle;

    @Column(length = 300)
    @FullTextField(analyzer = Analyzers.NAME)
    @KeywordField(name = "affiliation_facet", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private SpeakerKind kind;

    @Column(name = "external_id", length = 100)
    private String externalId;

    /** {@link SpeakerIdentity}: unique, so that two nodes never create the same speaker twice. */
    @Column(name = "identity_key", nullable = false, length = 610)
    @org.hibernate.envers.NotAudited
    private String identityKey;

    @Version
    private long version;

    protected Speaker() {
    }

    public Speaker(String canonicalName, SpeakerKind kind, String roleTitle, String affiliation) {
        rename(canonicalName);
        this.kind = Objects.requireNonNull(kind);
        this.roleTitle = requireLength(blankToNull(roleTitle), 300, "A role");
        this.affiliation = requireLength(blankToNull(affiliation), 300, "An affiliation");
        rekey();
    }

    public void rename(String canonicalName) {
        if (canonicalName == null || canonicalName.isBlank()) {
            throw new IllegalArgumentException("A speaker needs a name");
        }
        this.canonicalName = requireLength(canonicalName.strip(), 300, "A name");
        // the new name is no longer an alias of its own
        aliases.removeIf(a -> a.equalsIgnoreCase(this.canonicalName));
        rekey();
    }

    public void describe(String roleTitle, String affiliation, SpeakerKind kind, String externalId) {
        this.roleTitle = requireLength(blankToNull(roleTitle), 300, "A role");
        this.affiliation = requireLength(blankToNull(affiliation), 300, "An affiliation");
        this.kind = Objects.requireNonNull(kind, "Choose person or organisation");
        this.externalId = requireLength(blankToNull(externalId), 100, "An external id");
        rekey();
    }

    /** Replaces the aliases with {@code names}, under the rules of {@link #addAlias}. */
    public void replaceAliases(Collection<String> names) {
        aliases.clear();
        if (names != null) {
            names.forEach(this::addAlias);
        }
    }

    /**
     * Takes over what {@code other} is known by, when both entries turn out to be the same speaker: its name and
     * aliases become aliases here, and its role, affiliation and external id fill whatever this entry lacks.
     */
    public void absorb(Speaker other) {
        if (other == this || other.id != null && other.id.equals(id)) {
            throw new IllegalArgumentException("A speaker cannot be merged into itself");
        }
        addAlias(other.canonicalName);
        other.aliases.forEach(this::addAlias);
        if (roleTitle == null) {
            roleTitle = other.roleTitle;
        }
        if (affiliation == null) {
            affiliation = other.affiliation;
        }
        if (externalId == null) {
            externalId = other.externalId;
        }
        rekey();
    }

    private void rekey() {
        identityKey = SpeakerIdentity.of(canonicalName, affiliation);
    }

    /** {@link SpeakerIdentity#of} of this entry's name and affiliation. */
    public String getIdentityKey() {
        return identityKey;
    }

    /**
     * Adds a name this speaker is also known by; the canonical name itself, duplicates and descriptions ("the
     * spokesman", see {@link #isDescription}) are ignored.
     */
    public void addAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            return;
        }
        String a = alias.strip();
        if (a.length() > 300 || a.equalsIgnoreCase(canonicalName) || isDescription(a)) {
            return;
        }
        boolean known = aliases.stream().anyMatch(existing -> existing.equalsIgnoreCase(a));
        if (!known) {
            aliases.add(a);
        }
    }

    /** Removes the aliases among {@code names} (ignoring case); undoing a merge gives back the names it brought. */
    public void removeAliases(Collection<String> names) {
        aliases.removeIf(a -> names.stream().anyMatch(n -> n.equalsIgnoreCase(a)));
    }

    /** Whether {@code name} is this speaker's canonical name or one of its aliases, ignoring case. */
    public boolean isKnownAs(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return canonicalName.toLowerCase(Locale.ROOT).equals(n)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "another");

    /**
     * Whether {@code alias} describes rather than names: no word of it, after a leading determiner, is capitalised
     * ("the spokesman", "a senior minister", "officials"). Such a phrase fits anyone of that role, so as an alias it
     * would attribute another person's words to this speaker. "The Ministry of Ports" and "Kanani" are names.
     */
    public static boolean isDescription(String alias) {
        String[] words = alias.strip().split("\\s+");
        int first = words.length > 1 && DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        for (int i = first; i < words.length; i++) {
            if (!words[i].isEmpty() && (Character.isUpperCase(words[i].codePointAt(0))
                    || Character.isDigit(words[i].codePointAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static String requireLength(String s, int max, String what) {
        if (s != null && s.length() > max) {
            throw new IllegalArgumentException(what + " has at most " + max + " characters");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCanonicalName() {
        return canonicalName;
    }

    public Set<String> getAliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public String getAffiliation() {
        return affiliation;
    }

    /** One key for the ways this affiliation is written ("Iranian", "Iran's"), for facets and grouping. */
    @KeywordField(name = "affiliation_key", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "affiliation")),
            @ObjectPath(@PropertyValue(propertyName = "canonicalName")),
            @ObjectPath(@PropertyValue(propertyName = "kind"))})
    public String getAffiliationKey() {
        return AffiliationKey.ofSpeaker(canonicalName, kind, affiliation);
    }

    public SpeakerKind getKind() {
        return kind;
    }

    public String getExternalId() {
        return externalId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return canonicalName;
    }
}
