package org.verbatim.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.base.Inbox;
import org.verbatim.security.CurrentUser;

/** The signed-in person's notifications, as the bell shows them: only ever their own. */
@Service
@PreAuthorize("isAuthenticated()")
class NotificationInbox implements Inbox {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationInbox(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long unread() {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(currentUser.username()).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Message> latest(int max) {
        return jdbc.sql("select id, text, route, created_at, read_at from notification where recipient = ?"
                        + " order by id desc limit ?")
                .param(currentUser.username()).param(Math.max(1, Math.min(max, 200)))
                .query((rs, i) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null))
                .list();
    }

    @Override
    @Transactional
    public Optional<String> open(long id) {
        String me = currentUser.username();
        Optional<String> route = jdbc.sql("select route from notification where id = ? and recipient = ?")
                .param(id).param(me).query(String.class).optional();
        route.ifPresent(r -> jdbc.sql("update notification set read_at = ? where id = ? and read_at is null")
                .param(Timestamp.from(clock.instant())).param(id).update());
        return route;
    }

    @Override
    @Transactional
    public void markAllRead() {
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .param(Timestamp.from(clock.instant())).param(currentUser.username()).update();
    }
}
