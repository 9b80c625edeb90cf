package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** In Debian's Chromium: signing in, and staying out with a wrong password. */
@VerbatimIntegrationTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void a_fact_checker_signs_in_and_sees_the_demo_articles() throws Exception {
        users.create("bianca", Role.FACT_CHECKER);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
            page.navigate("http://localhost:" + port + "/");

            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            BrowserSteps.signIn(page, "bianca");

            assertThat(page.locator("vaadin-grid").first()).containsText("Khatibzadeh made the remarks");
            assertThat(page.locator(".vb-user")).hasText("bianca");
            BrowserSteps.screenshot(page, "articles");

            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Khatibzadeh made the remarks")).first().click();
            assertThat(page.locator("mark.vb-q").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Lifting the sanctions in an effective way")).first()).isVisible();
        }
    }

    @Test
    void a_wrong_password_keeps_you_out() throws Exception {
        users.create("mallory", Role.FACT_CHECKER);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("mallory");
            page.locator("vaadin-login-form input[name='password']").fill("not the password");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }
}
