package org.verbatim.base.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;
import org.verbatim.base.Inbox;

/**
 * The bell in the frame: how many notifications are unread, kept current by {@link UiPolling} (so messages written on
 * another node show within seconds) and on every navigation; opening one marks it read and goes to what it is about.
 */
public class NotificationBell extends Div {

    static final int SHOWN = 20;

    private final Inbox inbox;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();

    NotificationBell(Inbox inbox, UiPolling polling) {
        this.inbox = inbox;
        addClassName("vb-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("vb-bell-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(button, badge);

        list.addClassName("vb-bell-list");
        Button allRead = new Button("Mark all read", e -> {
            inbox.markAllRead();
            showList();
            refresh();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        popover.add(list, allRead);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("vb-bell-popover");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        add(popover);
        polling.whileAttached(this, inbox::unread, this::show);
        // the count itself comes with the navigation that shows the frame (MainLayout.afterNavigation): read once
        show(0);
    }

    /** Reads the unread count again. */
    void refresh() {
        show(inbox.unread());
    }

    private void show(long unread) {
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? "Notifications" : "Notifications, " + unread + " unread";
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    /** Fills the list with the newest notifications, unread ones marked. */
    void showList() {
        list.removeAll();
        List<Inbox.Message> messages = inbox.latest(SHOWN);
        if (messages.isEmpty()) {
            Span none = new Span("Nothing new.");
            none.addClassName("vb-meta");
            list.add(none);
        }
        for (Inbox.Message m : messages) {
            Span text = new Span(m.text());
            Span when = new Span(Formats.when(m.at()));
            when.addClassName("vb-meta");
            Div item = new Div(text, when);
            item.addClassName("vb-bell-item");
            if (!m.read()) {
                item.addClassName("vb-bell-unread");
            }
            item.getElement().setAttribute("role", "link");
            item.getElement().setAttribute("tabindex", "0");
            item.addClickListener(e -> open(m));
            list.add(item);
        }
    }

    private void open(Inbox.Message m) {
        inbox.open(m.id()).ifPresent(route -> {
            popover.close();
            int q = route.indexOf('?');
            UI.getCurrent().navigate(q < 0 ? route : route.substring(0, q),
                    q < 0 ? QueryParameters.empty() : QueryParameters.fromString(route.substring(q + 1)));
        });
        refresh();
    }
}
