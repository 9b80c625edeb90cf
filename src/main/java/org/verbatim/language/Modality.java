package org.verbatim.language;

/** How sure a clause is of what it says. */
public enum Modality {
    /** Said plainly, without a modal. */
    PLAIN,
    /** "will", "has decided": it is so or will be. */
    CERTAIN,
    /** "may", "could", "is being considered": it is possible. */
    OPEN,
    /** "is excluded", "ruled out": it will not be. */
    EXCLUDED
}
