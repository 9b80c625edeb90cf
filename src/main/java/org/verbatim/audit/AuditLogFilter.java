package org.verbatim.audit;

import java.time.Instant;

import org.verbatim.review.ReviewAction;

/**
 * Which revisions the audit log lists; every part is optional ({@code null}). {@code until} is exclusive. A review
 * action implies review records. Without either, reviews are not listed on their own: each is part of its quote's
 * entry in the same revision, so that every action is listed once.
 */
public record AuditLogFilter(String username, Instant from, Instant until, AuditedRecord record, ChangeKind change,
                             ReviewAction reviewAction) {

    public static AuditLogFilter everything() {
        return new AuditLogFilter(null, null, null, null, null, null);
    }

    public AuditLogFilter byUser(String username) {
        return new AuditLogFilter(username, from, until, record, change, reviewAction);
    }

    public AuditLogFilter between(Instant from, Instant until) {
        return new AuditLogFilter(username, from, until, record, change, reviewAction);
    }

    public AuditLogFilter of(AuditedRecord record, ChangeKind change) {
        return new AuditLogFilter(username, from, until, record, change, reviewAction);
    }

    public AuditLogFilter withReviewAction(ReviewAction action) {
        return new AuditLogFilter(username, from, until, record, change, action);
    }

    boolean includes(AuditedRecord type) {
        if (reviewAction != null) {
            return type == AuditedRecord.REVIEW;
        }
        return record == null ? type != AuditedRecord.REVIEW : record == type;
    }
}
