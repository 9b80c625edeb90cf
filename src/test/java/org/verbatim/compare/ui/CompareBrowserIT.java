package org.verbatim.compare.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.Chromium;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** In Debian's Chromium: search the demo corpus, then ask for contradictions of a hit. */
@VerbatimIntegrationTest
class CompareBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void a_fact_checker_searches_and_finds_contradicting_statements_of_one_government() throws Exception {
        users.create("carla", Role.FACT_CHECKER);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("carla");
            page.locator("vaadin-login-form input[name='password']").fill(TestUsers.PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator(".vb-user")).hasText("carla");

            page.navigate("http://localhost:" + port + "/search");
            page.locator(".vb-search vaadin-text-field input").first().fill("Taliban terrorist");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            Locator hit = page.locator(".vb-results [data-quote]")
                    .filter(new Locator.FilterOptions().setHasText("terrorist")).first();
            assertThat(hit).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/search.png")));

            hit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Contradictions")).click();
            assertThat(page.locator(".vb-pair").first()).isVisible();
            assertThat(page.locator(".vb-reasons").first()).containsText("Taliban");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/conflicts.png")));
        }
    }
}
