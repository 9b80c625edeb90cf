package org.verbatim.audit;

import java.util.List;
import java.util.Objects;

/** Adds a {@link FieldChange} when a field's value differs (or always, for the first revision of a record). */
final class Diff {

    private Diff() {
    }

    static void of(List<FieldChange> changes, String field, String before, String after, boolean first) {
        if (first) {
            if (after != null && !after.isEmpty()) {
                changes.add(new FieldChange(field, null, after));
            }
        } else if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? "" : before, after == null ? "" : after));
        }
    }
}
