package org.verbatim.extraction.mention;

import java.util.List;

/**
 * A phrase that can refer to a speaker: a name (with the title or appositive the article gives it), a pronoun,
 * or a description ("the senior diplomat"). Token ranges are half-open.
 */
public final class Mention {

    public enum Kind { NAME, PRONOUN, DESCRIPTION }

    private final Kind kind;
    private final int start;
    private final int end;
    private final int coreStart;
    private final int coreEnd;
    private final String text;
    private String role;
    private String affiliation;
    private boolean organization;
    private final String head;
    private final List<String> modifiers;
    private int extendedEnd;
    private Entity entity;
    private boolean phrase;

    public Mention(Kind kind, int start, int end, int coreStart, int coreEnd, String text, String role, String affiliation,
                   boolean organization, String head, List<String> modifiers) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.coreStart = coreStart;
        this.coreEnd = coreEnd;
        this.text = text;
        this.role = role;
        this.affiliation = affiliation;
        this.organization = organization;
        this.head = head;
        this.modifiers = List.copyOf(modifiers);
        this.extendedEnd = end;
    }

    /** A subject phrase built around no known role noun ("Some of the senator's allies"): it names its speaker itself. */
    static Mention phrase(int start, int end, String text, String head, boolean group) {
        Mention m = new Mention(Kind.DESCRIPTION, start, end, start, end, text, null, null, group, head, List.of());
        m.phrase = true;
        return m;
    }

    public boolean phrase() { return phrase; }

    public Kind kind() { return kind; }

    /** First token, including any title before the name. */
    public int start() { return start; }

    public int end() { return end; }

    /** The name itself (NAME) or the whole phrase (other kinds). */
    public int coreStart() { return coreStart; }

    public int coreEnd() { return coreEnd; }

    /** End including an appositive and its closing comma: "Jane Doe, the chief negotiator,". */
    public int extendedEnd() { return extendedEnd; }

    void extendTo(int end) { this.extendedEnd = end; }

    /** "Owoflow, the Lagos-based payments company that ...": an appositive says the name is an organisation's. */
    void markOrganisation() {
        this.organization = true;
    }

    /** Appositives fill what the title before the name left open. */
    void learnTitle(String role, String affiliation) {
        if (this.role == null) this.role = role;
        if (this.affiliation == null) this.affiliation = affiliation;
    }

    private String owner;
    private String shortForm;

    /** "Fisheries and Oceans Canada (DFO)": the acronym the article gives in brackets right after the name, or null. */
    public String shortForm() { return shortForm; }

    void shortenedAs(String acronym) {
        shortForm = acronym;
    }

    /** "Her deputy, Ivo Haller": the possessive pronoun the role before the name belongs to ("her"), else {@code null}. */
    public String owner() { return owner; }

    void ownedBy(String pronoun) {
        if (owner == null) owner = pronoun;
    }

    /** As written: the name for NAME, the full phrase otherwise. */
    public String text() { return text; }

    public String role() { return role; }

    public String affiliation() { return affiliation; }

    public boolean organization() { return organization; }

    /** Lower-case head noun of a description ("spokesman"), else {@code null}. */
    public String head() { return head; }

    /** Lower-case modifiers of a description ("senior", "foreign"). */
    public List<String> modifiers() { return modifiers; }

    public Entity entity() { return entity; }

    public void resolveTo(Entity entity) { this.entity = entity; }

    @Override
    public String toString() {
        return kind + "[" + text + "@" + start + "]";
    }
}
