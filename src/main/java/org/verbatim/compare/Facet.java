package org.verbatim.compare;

/** What search results can be narrowed by, each an aggregable keyword field of the quote index. */
public enum Facet {
    SPEAKER("Speaker", "speaker.name_facet"),
    AFFILIATION("Affiliation", "speaker.affiliation_key"),
    PUBLISHER("Publisher", "article.publisher"),
    MONTH("Month", "article.publishedMonth"),
    STATUS("Review status", "status"),
    VERDICT("Verdict", "verdict");

    private final String label;
    final String field;

    Facet(String label, String field) {
        this.label = label;
        this.field = field;
    }

    public String label() {
        return label;
    }
}
