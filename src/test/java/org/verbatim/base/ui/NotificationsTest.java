package org.verbatim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.home.ui.HomeView;
import org.verbatim.support.VerbatimIntegrationTest;

/** A notification costs no request when it opens, and is still removed from the screen's state when it closes. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class NotificationsTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void the_browser_says_only_that_a_notification_closed() {
        navigate(HomeView.class);
        Notification shown = Notifications.success("Confirmed");
        respond();

        ElementListenerMap listeners = shown.getElement().getNode().getFeature(ElementListenerMap.class);
        assertThat(listeners.getPropertySynchronizationMode("opened")).isNotNull();
        assertThat(listeners.getExpressions("opened-changed")).contains(Notifications.Notice.ONLY_WHEN_CLOSED);
        assertThat(shown.getParent()).isPresent();

        shown.close();
        respond();
        assertThat(shown.getParent()).as("a closed notification leaves the screen").isEmpty();
        assertThat(UI.getCurrent().getChildren()).doesNotContain(shown);
    }

    /** What the server does before it answers the browser (a notification is added to the screen then). */
    private static void respond() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }
}
