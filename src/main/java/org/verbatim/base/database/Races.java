package org.verbatim.base.database;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that may lose a race against another node (or thread) writing the same rows: a unique key hit by an insert the
 * other committed first, a deadlock, a lock wait given up. Such work runs again in a new transaction, which then sees
 * what the winner wrote and reuses it. The database decides who wins; nothing in this JVM does.
 */
public final class Races {

    private static final Logger log = LoggerFactory.getLogger(Races.class);

    /** MySQL/MariaDB error codes: duplicate entry, deadlock found, lock wait timeout. */
    private static final int DUPLICATE_ENTRY = 1062;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    public static final int ATTEMPTS = 6;

    private Races() {
    }

    /**
     * Runs {@code transaction} (which must begin and end its own transaction) until it does not lose a race, at most
     * {@link #ATTEMPTS} times; the last loss is thrown.
     */
    public static <T> T retried(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                log.debug("{} lost a race (attempt {}): {}; trying again", what, attempt, e.getMessage());
                try {
                    // a little later each time, and not in step with the other side
                    Thread.sleep(attempt * 10L + (System.nanoTime() & 15));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether {@code e} was caused by another transaction's write: a duplicate key, a deadlock, a lock wait. */
    public static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == DUPLICATE_ENTRY
                    || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} was caused by a duplicate entry for the unique key {@code key}. */
    public static boolean duplicateOf(Throwable e, String key) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY && sql.getMessage() != null
                    && sql.getMessage().contains(key)) {
                return true;
            }
        }
        return false;
    }
}
