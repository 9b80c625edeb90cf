package org.verbatim.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a quote (or of its article): who, when, what they did, which fields changed from what to what, and
 * the reason they gave. A quote's first entry is the machine's suggestion, with extractor, version and confidence.
 */
public record TimelineEntry(long revision, Instant at, String username, String reason, AuditedRecord record,
                            long recordId, String subject, ChangeKind change, String action,
                            List<FieldChange> changes) {

    public TimelineEntry {
        changes = List.copyOf(changes);
    }

    /** The from → to of {@code field} in this entry, if it changed. */
    public java.util.Optional<FieldChange> change(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst();
    }
}
