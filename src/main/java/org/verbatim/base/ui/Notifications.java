package org.verbatim.base.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The kinds of message a view shows: an action worked, why it did not, or something to look at. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, 4000, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the person should look at, unasked (new conflicts): stays a while, out of the way. */
    public static Notification attention(String message) {
        return show(message, 6000, Notification.Position.TOP_END, NotificationVariant.LUMO_WARNING);
    }

    /** Stays longer, in the middle: the reader needs to read why and act on it. */
    public static Notification error(String message) {
        return show(message, 8000, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String message, int millis, Notification.Position where,
                                     NotificationVariant variant) {
        Notification n = new Notice(message, millis, where);
        n.addThemeVariants(variant);
        n.open();
        return n;
    }

    /**
     * A notification that tells the server only that it closed (so that it is removed from the screen's state), not
     * that it opened: the server opened it, and the echo cost every action that says "Saved" a second request.
     */
    static final class Notice extends Notification {

        /** Sent by the browser with the closing notification's {@code opened-changed} only. */
        static final String ONLY_WHEN_CLOSED = "!element.opened";

        Notice(String text, int duration, Position position) {
            super(text, duration, position);
            getElement().addPropertyChangeListener("opened", "opened-changed", e -> { })
                    .setFilter(ONLY_WHEN_CLOSED);
        }

        @Override
        @Synchronize(property = "opened", value = {})
        public boolean isOpened() {
            return super.isOpened();
        }
    }
}
