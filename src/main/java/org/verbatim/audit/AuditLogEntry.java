package org.verbatim.audit;

import java.time.Instant;

/**
 * One record changed in one revision. {@code detail} names the record (a speaker's name, an article's title, a
 * review's action); {@code quoteId} and {@code articleId} lead to their histories where there is one.
 */
public record AuditLogEntry(long revision, Instant at, String username, String reason, AuditedRecord record,
                            long recordId, ChangeKind change, String detail, Long quoteId, Long articleId) {

    public String action() {
        return record.label() + " " + change.label();
    }
}
