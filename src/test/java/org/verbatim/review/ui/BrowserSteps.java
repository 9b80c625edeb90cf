package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.verbatim.support.TestUsers;

/** What a person does in the browser, in the words of the UI. */
final class BrowserSteps {

    private BrowserSteps() {
    }

    static void signIn(Page page, String user) {
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(TestUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator(".vb-user")).hasText(user);
    }

    static Locator withText(Page page, String selector, String text) {
        return page.locator(selector).filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    static Pattern url(String regex) {
        return Pattern.compile(regex);
    }
}
