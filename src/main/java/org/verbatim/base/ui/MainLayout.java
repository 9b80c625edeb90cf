package org.verbatim.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.verbatim.base.Alerts;
import org.verbatim.base.Inbox;

/** The frame around every signed-in view: the menu shows only the views the user's roles open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final NotificationBell bell;

    public MainLayout(AuthenticationContext authentication, List<Alerts> alerts, Inbox inbox, UiPolling polling) {
        setPrimarySection(Section.DRAWER);
        addAttachListener(e -> Formats.learnTimeZone(e.getUI()));
        Span brand = new Span("Verbatim");
        brand.addClassName("vb-brand");
        Span tagline = new Span("quote attribution & fact-check");
        tagline.addClassName("vb-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("vb-drawer-header");

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        addToDrawer(header, new Scroller(nav));

        String user = authentication.getPrincipalName().orElse("");
        Span who = new Span(user);
        who.addClassName("vb-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // what the person should look at: a link in the bar, and a notification once per visit
        Div alerting = new Div();
        alerting.addClassName("vb-alerts");
        for (Alerts source : alerts) {
            for (Alerts.Alert alert : source.current()) {
                Anchor link = new Anchor(alert.route(), alert.text());
                link.addClassName("vb-alert");
                link.getElement().setAttribute("role", "status");
                alerting.add(link);
                Notifications.attention(alert.text());
            }
        }
        bell = authentication.isAuthenticated() ? new NotificationBell(inbox, polling) : null;
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), new Div(), alerting);
        if (bell != null) {
            bar.add(bell);
        }
        bar.add(who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(1));
        bar.addClassName("vb-navbar");
        addToNavbar(bar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null) {
            bell.refresh();
        }
    }

    /** The bell, if someone is signed in (for tests). */
    NotificationBell bell() {
        return bell;
    }
}
