package org.verbatim.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a person does in the browser, in the words of the UI. */
public final class BrowserSteps {

    private BrowserSteps() {
    }

    /** A new browser window (its own cookies) of the size most screenshots are taken at. */
    public static Page newPage(Browser browser) {
        return newPage(browser, 1440, 900);
    }

    /** A new browser window (its own cookies) that waits for anything up to {@link Chromium#WAIT}. */
    public static Page newPage(Browser browser, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(Chromium.WAIT.toMillis());
        context.setDefaultNavigationTimeout(Chromium.WAIT.toMillis());
        return context.newPage();
    }

    /** A new window in which {@code user} (password {@link TestUsers#PASSWORD}) has signed in. */
    public static Page session(Browser browser, String baseUrl, String user) {
        return session(browser, baseUrl, user, 1440, 900);
    }

    public static Page session(Browser browser, String baseUrl, String user, int width, int height) {
        Page page = newPage(browser, width, height);
        page.navigate(baseUrl + "/login");
        signIn(page, user);
        return page;
    }

    public static void signIn(Page page, String user) {
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(TestUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator(".vb-user")).hasText(user);
    }

    public static Locator withText(Page page, String selector, String text) {
        return page.locator(selector).filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    public static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The body rows of a Vaadin grid as rendered now, top to bottom, each cell by its column's header. A cell is the
     * grid's light-DOM content of that row and column: assert on it with Playwright, which waits for the text to
     * come. (A grid cell's own text is empty to Playwright: its content is slotted in from outside the shadow DOM.)
     */
    public static List<Map<String, Locator>> gridRows(Locator grid) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> slots = (List<Map<String, String>>) grid.evaluate("""
                grid => {
                  const slot = cell => cell.querySelector('slot')?.name;
                  const text = cell => (cell.querySelector('slot')?.assignedNodes({flatten: true}) ?? [])
                      .map(n => n.textContent).join('').trim();
                  const headers = [...grid.shadowRoot.querySelector('thead tr').children].map(text);
                  return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                      .filter(row => !row.hidden && row.children.length > 0)
                      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
                      .map(row => Object.fromEntries([...row.children].map((cell, i) => [headers[i], slot(cell)])));
                }""");
        return slots.stream().map(row -> {
            Map<String, Locator> cells = new LinkedHashMap<>();
            row.forEach((header, slot) -> cells.put(header, grid.locator("vaadin-grid-cell-content[slot='" + slot
                    + "']")));
            return cells;
        }).toList();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    public static Pattern url(String regex) {
        return Pattern.compile(regex);
    }
}
