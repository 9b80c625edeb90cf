package org.verbatim.presence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.security.CurrentUser;

/**
 * Who else has a quote open right now, on any node: an open quote panel {@link #beat beats} every few seconds, and
 * whoever has not beaten for {@link #GONE} is gone (a closed browser never says goodbye).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuotePresence {

    static final Duration GONE = Duration.ofMinutes(1);
    /** Rows this old are deleted as others beat, so the table stays as small as the desk. */
    private static final Duration FORGOTTEN = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuotePresence(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person still has the quote open (the heartbeat); gives the others who have it open now, by name. */
    @Transactional
    public List<String> beat(long quoteId) {
        jdbc.sql("delete from quote_presence where seen_at < ? limit 100")
                .param(Timestamp.from(clock.instant().minus(FORGOTTEN))).update();
        return open(quoteId);
    }

    /**
     * The signed-in person opened the quote; gives the others who have it open now, by name. Old rows are left to the
     * heartbeats, so that stepping through an article's quotes stays two statements each.
     */
    @Transactional
    public List<String> open(long quoteId) {
        String me = currentUser.username();
        Instant now = clock.instant();
        jdbc.sql("insert into quote_presence (username, quote_id, seen_at) values (?, ?, ?)"
                        + " on duplicate key update seen_at = values(seen_at)")
                .param(me).param(quoteId).param(Timestamp.from(now)).update();
        return jdbc.sql("select username from quote_presence where quote_id = ? and username <> ? and seen_at >= ?"
                        + " order by username")
                .param(quoteId).param(me).param(Timestamp.from(now.minus(GONE))).query(String.class).list();
    }

    /**
     * The signed-in person went from one quote ({@code from}, null for none) to another: {@link #leave} and
     * {@link #open} in one transaction, so that stepping through quotes waits for one commit, not two.
     */
    @Transactional
    public List<String> move(Long from, long to) {
        if (from != null && from != to) {
            leave(from);
        }
        return open(to);
    }

    /** The signed-in person closed the quote. */
    @Transactional
    public void leave(long quoteId) {
        jdbc.sql("delete from quote_presence where quote_id = ? and username = ?")
                .param(quoteId).param(currentUser.username()).update();
    }
}
