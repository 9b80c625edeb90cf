package org.verbatim.base.audit;

import java.util.function.Supplier;

/**
 * The reason a person gave for the change running on this thread, for the audit revision it creates.
 * Envers creates its listener itself, so the reason travels with the thread rather than through Spring.
 */
public final class ChangeReason {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ChangeReason() {
    }

    /** Runs {@code change} with {@code reason} recorded on every revision it writes. */
    public static <T> T during(String reason, Supplier<T> change) {
        String previous = CURRENT.get();
        CURRENT.set(reason == null || reason.isBlank() ? null : truncate(reason.strip()));
        try {
            return change.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void during(String reason, Runnable change) {
        during(reason, () -> {
            change.run();
            return null;
        });
    }

    static String current() {
        return CURRENT.get();
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
