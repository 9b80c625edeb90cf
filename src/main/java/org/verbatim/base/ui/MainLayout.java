package org.verbatim.base.ui;

import com.vaadin.flow.component.Synchronize;
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

/**
 * The frame around every signed-in view: the menu shows only the views the user's roles open. The frame's drawer and
 * menu state stays in the browser: nothing here reads it, and had the server kept a copy, every page load would send
 * it back in an extra request as the web components start (the drawer's open, overlay and primary-section state, the
 * menu's and each item's expanded state).
 */
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

        SideNav nav = new Menu();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            MenuItem item = new MenuItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
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
        // on a narrow screen the drawer covers the page: a navigation closes it (AppLayout's own closing asks the
        // server's copy of the overlay state, which is no longer kept)
        getElement().executeJs("if (this.overlay) { this.drawerOpened = false; }");
    }

    @Override
    @Synchronize(property = "drawerOpened", value = {})
    public boolean isDrawerOpened() {
        return super.isDrawerOpened();
    }

    @Override
    @Synchronize(property = "overlay", value = {})
    public boolean isOverlay() {
        return super.isOverlay();
    }

    @Override
    @Synchronize(property = "primarySection", value = {})
    public Section getPrimarySection() {
        return super.getPrimarySection();
    }

    /** The side menu, its collapsed state left to the browser. */
    private static final class Menu extends SideNav {
        @Override
        @Synchronize(property = "collapsed", value = {})
        public boolean isExpanded() {
            return super.isExpanded();
        }
    }

    /** A menu entry (no children), its expanded state left to the browser. */
    private static final class MenuItem extends SideNavItem {
        MenuItem(String title, String path) {
            super(title, path);
        }

        @Override
        @Synchronize(property = "expanded", value = {})
        public boolean isExpanded() {
            return super.isExpanded();
        }
    }

    /** The bell, if someone is signed in (for tests). */
    NotificationBell bell() {
        return bell;
    }
}
