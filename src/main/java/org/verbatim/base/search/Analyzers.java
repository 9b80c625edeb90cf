package org.verbatim.base.search;

/** Names of the analyzers and normalizers every search backend must define. */
public final class Analyzers {
    /** English prose: standard tokens, ASCII folding, possessives, stop words, stemming. */
    public static final String ENGLISH = "english";
    /** Personal and organisation names: folded, apostrophes and hyphens ignored, no stemming. */
    public static final String NAME = "name";
    /** Sort and facet keys: lower-cased, ASCII-folded. */
    public static final String SORT = "sort";

    private Analyzers() {
    }
}
