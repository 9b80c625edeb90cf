package org.verbatim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.home.ui.HomeView;
import org.verbatim.support.VerbatimIntegrationTest;

/** The frame keeps no server copy of what the drawer and the menu do in the browser. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void the_drawer_and_the_menu_do_not_send_their_state_to_the_server() {
        navigate(HomeView.class);
        MainLayout layout = layout();

        for (String property : new String[] {"drawerOpened", "overlay", "primarySection"}) {
            assertThat(synchronizedMode(layout, property)).as(property).isNull();
        }
        assertThat(synchronizedMode($(SideNav.class).single(), "collapsed")).isNull();
        assertThat($(SideNavItem.class).all()).isNotEmpty()
                .allSatisfy(item -> assertThat(synchronizedMode(item, "expanded")).isNull());
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_navigation_closes_the_drawer_in_the_browser_when_it_covers_the_page() {
        navigate(HomeView.class);
        layout().afterNavigation(null);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression())
                        .contains("if (this.overlay) { this.drawerOpened = false; }"));
    }

    private static MainLayout layout() {
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).findFirst().orElseThrow();
    }

    private static Object synchronizedMode(Component component, String property) {
        return component.getElement().getNode().getFeature(ElementListenerMap.class)
                .getPropertySynchronizationMode(property);
    }
}
