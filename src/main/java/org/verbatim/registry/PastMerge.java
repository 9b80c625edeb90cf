package org.verbatim.registry;

import java.time.Instant;

/**
 * A merge into a speaker, as its page lists it: who was merged, why, by whom and when, how many quotes moved, and
 * whether (and by whom) it was undone; {@code restoredId} is the entry an undo brought back.
 */
public record PastMerge(long id, String mergedName, int quotes, String reason, String mergedBy, Instant mergedAt,
                        String undoneBy, Instant undoneAt, Long restoredId) {

    public boolean undone() {
        return undoneAt != null;
    }
}
