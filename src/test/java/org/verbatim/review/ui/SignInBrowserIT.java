package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.Chromium;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** In Debian's Chromium: sign in as a fact-checker and see the demo articles. */
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

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
            page.locator("vaadin-login-form input[name='username']").fill("bianca");
            page.locator("vaadin-login-form input[name='password']").fill(TestUsers.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();

            assertThat(page.locator("vaadin-grid").first()).containsText("Khatibzadeh");
            assertThat(page.locator(".vb-user")).hasText("bianca");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/articles.png")));

            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Khatibzadeh")).first().click();
            assertThat(page.locator("vaadin-grid").nth(1)).containsText("Lifting the sanctions in an effective way");
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
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }
}
