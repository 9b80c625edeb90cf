package org.verbatim.audit;

import java.time.Instant;
import java.util.List;

/**
 * One action in one revision. {@code action} says what was done in people's words ("Confirmed", "Speaker added");
 * {@code detail} names the record (a quote by its words and speaker, a speaker's name, an article's title);
 * {@code changes} are its fields' from → to where the log knows them; {@code quoteId} and {@code articleId} lead to
 * their histories where there is one.
 */
public record AuditLogEntry(long revision, Instant at, String username, String reason, AuditedRecord record,
                            long recordId, ChangeKind change, String action, String detail, List<FieldChange> changes,
                            Long quoteId, Long articleId) {

    public AuditLogEntry {
        changes = List.copyOf(changes);
    }
}
