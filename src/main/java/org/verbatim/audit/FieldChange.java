package org.verbatim.audit;

/** One field of a record, before and after a revision; {@code from} is {@code null} for a new record. */
public record FieldChange(String field, String from, String to) {

    @Override
    public String toString() {
        return from == null ? field + ": " + show(to) : field + ": " + show(from) + " → " + show(to);
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
