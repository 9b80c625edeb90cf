package org.verbatim.language;

/** Whether a clause says something goes on or has stopped. */
public enum Aspect {
    NONE,
    /** "still", "remains", "continues". */
    CONTINUES,
    /** "no longer", "has ended", "was scrapped". */
    STOPPED
}
