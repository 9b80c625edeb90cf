package org.verbatim.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.verbatim.support.Newsroom.said;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration;
import org.verbatim.security.UserAdministration.NewUser;
import org.verbatim.support.Chromium;
import org.verbatim.support.FreshDataDir;
import org.verbatim.support.Newsroom;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/** In Debian's Chromium: the administrator's, registry's and auditor's screens, and disabled accounts. */
@VerbatimIntegrationTest
class WorkbenchBrowserIT {

    private static final String PASSWORD = "a passphrase for the browser";
    private static final RunAs ADMIN = RunAs.user("admin", Role.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    Newsroom newsroom;

    @Test
    void the_administrator_opens_users_speakers_and_history() throws Exception {
        String m = Newsroom.unique();
        long speaker = newsroom.speaker("Greta Holm" + m, "G. Holm" + m);
        newsroom.article("Bridges " + m, null, said(speaker, "The bridge opens in May"));
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
            signIn(page, "admin", FreshDataDir.ADMIN_PASSWORD);

            page.navigate(url("/admin/users"));
            assertThat(page.locator("vaadin-grid#users")).containsText("admin");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/users.png")));

            page.navigate(url("/speakers"));
            page.locator("#speaker-filter input").fill("holm" + m);
            assertThat(page.locator("vaadin-grid#speakers")).containsText("G. Holm" + m);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/speakers.png")));

            page.navigate(url("/speakers/" + speaker));
            assertThat(page.locator("vaadin-grid#statements")).containsText("The bridge opens in May");

            page.navigate(url("/history"));
            assertThat(page.locator("vaadin-grid#log")).containsText("Suggested by newsroom-fixture");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/history.png")));
        }
    }

    @Test
    void a_disabled_user_cannot_sign_in() throws Exception {
        String name = "walter-" + Newsroom.unique();
        var user = ADMIN.call(() -> administration.create(new NewUser(name, null, EnumSet.of(Role.FACT_CHECKER),
                PASSWORD)).user());
        ADMIN.run(() -> administration.disable(user.id(), user.version()));
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            signIn(page, name, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }

    @Test
    void an_auditor_disabled_while_the_audit_log_is_open_is_sent_to_sign_in_at_once() throws Exception {
        String name = "aldo-" + Newsroom.unique();
        var user = ADMIN.call(() -> administration.create(new NewUser(name, null, EnumSet.of(Role.AUDITOR),
                PASSWORD)).user());
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            signIn(page, name, PASSWORD);
            page.navigate(url("/history"));
            // generous waits: the machine running the tests may be busy
            assertThat(page.locator("vaadin-grid#log")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(30_000));

            ADMIN.run(() -> administration.disable(user.id(), user.version()));

            // nobody touches the page: the server pushes a reload, which finds the session ended
            assertThat(page).hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions()
                    .setTimeout(30_000));
            assertThat(page.locator("vaadin-grid#log")).hasCount(0);
        }
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*(?<!/login)$|.*/login\\?error.*"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
