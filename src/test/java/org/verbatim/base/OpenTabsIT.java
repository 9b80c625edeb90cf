package org.verbatim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * A browser tab holds its UI's state on the server. An open tab stays signed in (its heartbeats keep the session
 * alive); a closed one is released within fifteen minutes: Vaadin drops a UI after three missed heartbeats, and a
 * session whose tabs are all closed expires.
 */
@VerbatimIntegrationTest
class OpenTabsIT {

    private static final Duration RELEASED_WITHIN = Duration.ofMinutes(15);
    /** How often Tomcat looks for expired sessions (its background processor), at most. */
    private static final Duration EXPIRY_SWEEP = Duration.ofMinutes(1);

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext web;

    @Autowired
    @Qualifier("servletRegistrationBean")
    ServletRegistrationBean<?> vaadin;

    @Test
    void an_open_tab_keeps_its_session_and_a_closed_one_is_released_within_fifteen_minutes() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String id = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        Context app = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = app.getManager().findSession(id);
        Duration idle = Duration.ofSeconds(session.getMaxInactiveInterval());

        DeploymentConfiguration vaadinSettings = ((VaadinServlet) vaadin.getServlet()).getService()
                .getDeploymentConfiguration();
        Duration heartbeat = Duration.ofSeconds(vaadinSettings.getHeartbeatInterval());

        assertThat(vaadinSettings.isCloseIdleSessions()).as("heartbeats count as activity").isFalse();
        assertThat(heartbeat.multipliedBy(2)).as("an open tab beats at least twice before its session would expire")
                .isLessThan(idle);
        assertThat(heartbeat.multipliedBy(3)).as("a closed tab's UI is dropped after three missed heartbeats")
                .isLessThanOrEqualTo(RELEASED_WITHIN);
        assertThat(idle.plus(EXPIRY_SWEEP)).as("a session with every tab closed expires").isLessThanOrEqualTo(RELEASED_WITHIN);
    }
}
