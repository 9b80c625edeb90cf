package org.verbatim.base;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person's notifications, for the frame's bell: kept by the feature that stores them, shown by the frame
 * that does not know it (as {@link Alerts}). Read from the database each time, so a message written on another node
 * shows too.
 */
public interface Inbox {

    /** One notification: what happened, and the route that opens what it is about. */
    record Message(long id, String text, String route, Instant at, boolean read) {
    }

    /** How many of the signed-in person's notifications are unread. Quick: the bell asks every few seconds. */
    long unread();

    /** The newest notifications, unread or not. */
    List<Message> latest(int max);

    /** Marks one notification read and gives the route it opens; empty if it is not the signed-in person's. */
    Optional<String> open(long id);

    /** Marks every notification of the signed-in person read. */
    void markAllRead();
}
