package org.verbatim.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.security.CurrentUser;

/**
 * Tells a person something, by storing a notification their bell reads (on whichever node they are). Features call it
 * inside the transaction of the change they tell of, so the message exists exactly when the change does. Nobody is
 * told of what they did themselves.
 */
@Component
public class Notifier {

    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notifier(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tells {@code recipient}; {@code route} opens what it is about ("articles/12?quote=34"). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(String recipient, NotificationKind kind, String text, String route) {
        tellOnce(recipient, kind, text, route, null);
    }

    /**
     * Tells {@code recipient} unless they were already told under {@code key} (by this node or another); a
     * {@code null} key always tells.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void tellOnce(String recipient, NotificationKind kind, String text, String route, String key) {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(route);
        if (recipient == null || recipient.isBlank() || recipient.equals(currentUser.username())) {
            return;
        }
        String message = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        // the unique (recipient, dedupe_key) makes a second telling a no-op; a NULL key never collides
        jdbc.sql("insert ignore into notification (recipient, kind, text, route, dedupe_key, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .param(recipient).param(kind.name()).param(message).param(route).param(key)
                .param(Timestamp.from(clock.instant())).update();
    }
}
