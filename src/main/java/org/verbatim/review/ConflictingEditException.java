package org.verbatim.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Someone else changed the quote since it was loaded: nothing was saved; reload and decide again. */
public class ConflictingEditException extends RuntimeException {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String changedBy;
    private final Instant changedAt;

    public ConflictingEditException(String changedBy, Instant changedAt) {
        super("This quote was changed by " + (changedBy == null ? "someone else" : changedBy)
                + (changedAt == null ? "" : " at " + AT.format(changedAt)) + " after you opened it. Nothing was saved:"
                + " reload it to see their change, then make yours again.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
