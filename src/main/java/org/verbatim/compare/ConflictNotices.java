package org.verbatim.compare;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.verbatim.notification.NotificationKind;
import org.verbatim.notification.Notifier;
import org.verbatim.security.Role;
import org.verbatim.security.SystemUser;

/**
 * Tells every watcher (enabled fact-checkers and editors) of each new statement that contradicts a verified one, a
 * notification per pair. Runs every {@code verbatim.notifications.conflict-check} (two minutes) on each node, only when
 * something was imported since its last look; the pair's key keeps two nodes from telling a person twice.
 */
@Component
public class ConflictNotices {

    private final WatchList watch;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Instant lastLook;

    ConflictNotices(WatchList watch, Notifier notifier, JdbcClient jdbc, Clock clock) {
        this.watch = watch;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lastLook = clock.instant();
    }

    @Scheduled(fixedDelayString = "${verbatim.notifications.conflict-check:PT2M}",
            initialDelayString = "${verbatim.notifications.conflict-check:PT2M}")
    void scheduled() {
        tellWatchers();
    }

    /** Looks at what was imported since the last look and tells the watchers of the strong contradictions in it. */
    public int tellWatchers() {
        Instant since = lastLook;
        Instant now = clock.instant();
        Timestamp newest = jdbc.sql("select max(imported_at) from article").query(Timestamp.class).optional()
                .orElse(null);
        if (newest == null || !newest.toInstant().isAfter(since)) {
            lastLook = now;
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(SystemUser.authentication());
        SecurityContextHolder.setContext(system);
        try {
            List<WatchList.Conflict> conflicts = watch.conflictsSince(since);
            List<String> watchers = jdbc.sql("select distinct u.username from app_user u join app_user_role r"
                    + " on r.user_id = u.id where u.enabled = true and r.role in (?, ?)")
                    .param(Role.FACT_CHECKER.name()).param(Role.EDITOR.name()).query(String.class).list();
            for (WatchList.Conflict c : conflicts) {
                String text = "A new statement by " + c.newer().who() + " contradicts a verified one: “"
                        + c.newer().text() + "”";
                String route = "compare?quotes=" + c.newer().quoteId() + "," + c.earlier().quoteId();
                String key = "conflict:" + c.newer().quoteId() + ":" + c.earlier().quoteId();
                for (String watcher : watchers) {
                    notifier.tellOnce(watcher, NotificationKind.CONFLICT, text, route, key);
                }
            }
            lastLook = now;
            return conflicts.size();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
