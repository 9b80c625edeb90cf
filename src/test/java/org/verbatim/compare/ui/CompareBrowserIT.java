package org.verbatim.compare.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.verbatim.support.BrowserSteps.button;
import static org.verbatim.support.BrowserSteps.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
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
            Page page = BrowserSteps.session(browser, "http://localhost:" + port, "carla");

            page.navigate("http://localhost:" + port + "/search");
            page.locator(".vb-search vaadin-text-field input").first().fill("Taliban terrorist");
            button(page, "Search").click();
            Locator hit = page.locator(".vb-results [data-quote]")
                    .filter(new Locator.FilterOptions().setHasText("terrorist")).first();
            assertThat(hit).isVisible();
            screenshot(page, "search");

            hit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Contradictions")).click();
            // the finder's own pairs, not the watch list's above them
            assertThat(page.getByText("for the chosen statement, grouped by affiliation")).isVisible();
            Locator found = page.locator(".vb-group .vb-pair");
            assertThat(found.first()).isVisible();
            // which pair comes first depends on what else the suite's database holds; one about the Taliban is shown
            // with its reasons
            assertThat(found.locator(".vb-reasons").filter(new Locator.FilterOptions().setHasText("Taliban")).first())
                    .isVisible();
            screenshot(page, "conflicts");
        }
    }
}
