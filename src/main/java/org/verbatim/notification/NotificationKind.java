package org.verbatim.notification;

/** What a notification tells of. */
public enum NotificationKind {
    ASSIGNED, RETURNED, APPROVED, MENTIONED, CONFLICT
}
