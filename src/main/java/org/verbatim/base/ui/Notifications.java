package org.verbatim.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The kinds of message a view shows: an action worked, why it did not, or something to look at. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** Something the person should look at, unasked (new conflicts): stays a while, out of the way. */
    public static Notification attention(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_END);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        return n;
    }

    /** Stays longer, in the middle: the reader needs to read why and act on it. */
    public static Notification error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
