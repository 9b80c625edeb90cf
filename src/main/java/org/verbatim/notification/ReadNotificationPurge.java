package org.verbatim.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes notifications read longer ago than {@code verbatim.notifications.keep-read} (90 days), once a night on each
 * node; unread ones stay however old they are. A notification is a message, not a record (the change it told of is
 * audited), so nothing is lost. Deleting in batches keeps each transaction short; two nodes purging at once only
 * find less to delete.
 */
@Component
class ReadNotificationPurge {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepRead;

    ReadNotificationPurge(JdbcClient jdbc, Clock clock,
            @Value("${verbatim.notifications.keep-read:P90D}") Duration keepRead) {
        if (keepRead.isNegative()) {
            throw new IllegalArgumentException("verbatim.notifications.keep-read must not be negative: " + keepRead);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepRead = keepRead;
    }

    @Scheduled(cron = "${verbatim.notifications.purge-cron:0 17 3 * * *}")
    void nightly() {
        purge();
    }

    /** Deletes what was read before the retention period began; returns how many. */
    int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(keepRead));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("delete from notification where read_at < ? limit " + BATCH).param(before).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
