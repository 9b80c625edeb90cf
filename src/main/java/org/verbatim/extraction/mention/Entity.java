package org.verbatim.extraction.mention;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.verbatim.extraction.SpeakerKind;

/** One real-world speaker that several mentions refer to. Mutable while the document is being read. */
public final class Entity {

    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> nameTokens = new LinkedHashSet<>();
    private String role;
    private String affiliation;
    private SpeakerKind kind;
    private final int firstToken;
    private int lastToken;

    public Entity(String name, SpeakerKind kind, int firstToken) {
        this.name = name;
        this.kind = kind;
        this.firstToken = firstToken;
        this.lastToken = firstToken;
        addNameTokens(name);
    }

    private void addNameTokens(String n) {
        for (String part : n.split("[\\s\u00A0]+")) {
            if (!part.isEmpty()) nameTokens.add(normal(part));
        }
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public String name() { return name; }

    public Set<String> aliases() { return aliases; }

    public Set<String> nameTokens() { return nameTokens; }

    public String role() { return role; }

    public String affiliation() { return affiliation; }

    public SpeakerKind kind() { return kind; }

    public int firstToken() { return firstToken; }

    public int lastToken() { return lastToken; }

    public void seenAt(int token) { lastToken = Math.max(lastToken, token); }

    /** A longer form of the name becomes canonical; the shorter one stays as an alias. */
    public void addName(String form) {
        if (form.equals(name)) return;
        if (form.split("\\s+").length > name.split("\\s+").length) {
            aliases.add(name);
            name = form;
        } else {
            aliases.add(form);
        }
        aliases.remove(name);
        addNameTokens(form);
    }

    public void addAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.equals(name)) return;
        // "OKONJO" in a lede, "Okonjo" after it: the name set in capitals for emphasis is written as the article writes it
        if (alias.equalsIgnoreCase(name) && name.equals(name.toUpperCase(Locale.ROOT)) && !alias.equals(alias.toUpperCase(Locale.ROOT))) {
            aliases.add(name);
            name = alias;
            return;
        }
        aliases.add(alias);
    }

    private boolean describedRole;

    /** A role read off a description ("the spokesman") rather than stated with the name: shown, but not trusted. */
    public void learnDescribedRole(String role) {
        if (this.role == null && role != null && !role.isBlank()) {
            this.role = role;
            this.describedRole = true;
        }
    }

    /** The role as stated next to the name, or {@code null}. */
    public String statedRole() {
        return describedRole ? null : role;
    }

    public void learnRole(String role) {
        if (this.role == null && role != null && !role.isBlank()) this.role = role;
    }

    void replaceRole(String role) {
        if (role != null) {
            this.role = role;
            this.describedRole = false;
        }
    }

    /** "the charity's chief executive": the organisation the article named replaces the kind noun. */
    public void replaceAffiliation(String affiliation) {
        if (affiliation != null && !affiliation.isBlank()) this.affiliation = affiliation;
    }

    public void learnAffiliation(String affiliation) {
        if (this.affiliation == null && affiliation != null && !affiliation.isBlank()) this.affiliation = affiliation;
    }

    public void setKind(SpeakerKind kind) { this.kind = kind; }

    @Override
    public String toString() {
        return name + "(" + role + ", " + affiliation + ", " + kind + ")";
    }
}
