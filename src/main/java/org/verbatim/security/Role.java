package org.verbatim.security;

/** What a user may do. A user may hold several roles. */
public enum Role {
    FACT_CHECKER("Fact-checker"),
    EDITOR("Editor"),
    AUDITOR("Auditor"),
    ADMIN("Administrator");

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String FACT_CHECKER_NAME = "FACT_CHECKER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
