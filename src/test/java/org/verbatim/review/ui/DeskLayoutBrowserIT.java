package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.support.BrowserSteps.screenshot;
import static org.verbatim.support.BrowserSteps.withText;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * The desk's layout in Debian's Chromium: on a phone (390 px wide) the reader, the quote panel, the queue and search
 * fit the screen with nothing scrolling sideways, the panel a sheet below the text; on a desktop the article's head
 * stays in view while its text scrolls.
 */
@VerbatimIntegrationTest
class DeskLayoutBrowserIT {

    static final String PHONE_CHECKER = "phone-fiona";
    static final String LONG_ARTICLE_QUOTE = "Lifting the sanctions in an effective way";

    /**
     * Every element that scrolls sideways, or sticks out of the window (shadow roots included, fields' own text
     * aside): empty when the page fits the screen.
     */
    static final String SIDEWAYS = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width + 1) {
                found.push('page ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
              const walk = root => root.querySelectorAll('*').forEach(el => {
                if (/^(INPUT|TEXTAREA)$/.test(el.tagName)) return;
                const style = getComputedStyle(el);
                if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.clientWidth > 0
                    && el.scrollWidth > el.clientWidth + 1) {
                  found.push(name(el) + ' scrolls ' + el.scrollWidth + ' > ' + el.clientWidth);
                }
                if (el.shadowRoot) walk(el.shadowRoot);
              });
              walk(document);
              return found;
            }""";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TestArticles articles;

    @Autowired
    QuoteRepository quotes;

    @Test
    void on_a_phone_the_reader_panel_queue_and_search_fit_the_screen() throws Exception {
        users.create(PHONE_CHECKER, Role.FACT_CHECKER);
        TestArticles.Imported story = RunAs.user(PHONE_CHECKER, Role.FACT_CHECKER).call(articles::harbourStory);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page phone = BrowserSteps.session(browser, base(), PHONE_CHECKER, 390, 844);

            phone.navigate(base() + "/articles/" + story.articleId());
            assertThat(phone.locator(".vb-reader-text")).containsText("The harbour will reopen");
            assertThat(sideways(phone)).as("the reader").isEmpty();
            BoundingBox text = phone.locator(".vb-reader-text").boundingBox();
            assertThat(text.width).as("the article has the screen's width, not a sliver of it")
                    .isGreaterThan(340);

            withText(phone, "mark.vb-q", "The harbour will reopen").click();
            assertThat(phone.locator(".vb-panel blockquote")).containsText("The harbour will reopen");
            BoundingBox panel = phone.locator(".vb-panel").boundingBox();
            assertThat(panel.x).as("the panel spans the screen").isLessThan(1);
            assertThat(panel.width).isGreaterThan(385).isLessThan(391);
            assertThat(panel.y + panel.height).as("a sheet at the bottom of the screen").isBetween(840.0, 845.0);
            assertThat(sideways(phone)).as("the reader with the quote panel open").isEmpty();
            screenshot(phone, "phone-reader");

            phone.keyboard().press("Escape");
            assertThat(phone.locator(".vb-panel")).containsText("No quote selected");

            phone.navigate(base() + "/queue");
            assertThat(phone.locator("vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("Assign to me")).first())
                    .isVisible();
            assertThat(sideways(phone)).as("the review queue").isEmpty();
            // a phone's queue shows who said what, not the confidence
            assertThat(header(phone, "Confidence")).isHidden();
            phone.reload();
            assertThat(header(phone, "Speaker")).isVisible();
            // a new page of the same session remembers the phone's width
            assertThat(header(phone, "Confidence")).isHidden();

            phone.navigate(base() + "/search?q=harbour");
            assertThat(phone.locator(".vb-statement").first()).isVisible();
            assertThat(sideways(phone)).as("search").isEmpty();
            screenshot(phone, "phone-search");

            // the menu covers the page on a phone, and choosing in it closes it
            phone.locator("vaadin-drawer-toggle").click();
            assertThat(phone.locator("vaadin-app-layout")).hasAttribute("drawer-opened", "");
            phone.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Queue")).first()
                    .click();
            assertThat(phone.locator("vaadin-grid")).isVisible();
            assertThat(phone.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        }
    }

    @Test
    void on_a_desktop_the_articles_head_stays_in_view_while_its_text_scrolls() throws Exception {
        users.create(PHONE_CHECKER, Role.FACT_CHECKER);
        long articleId = quotes.findAll().stream().filter(q -> q.getText().contains(LONG_ARTICLE_QUOTE))
                .findFirst().orElseThrow().getArticle().getId();
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page desk = BrowserSteps.session(browser, base(), PHONE_CHECKER, 1280, 600);
            desk.navigate(base() + "/articles/" + articleId);
            var title = desk.locator(".vb-reader-head h2");
            assertThat(title).isVisible();
            double before = title.boundingBox().y;

            desk.locator(".vb-reader-scroll").evaluate("el => el.scrollTop = el.scrollHeight");
            assertThat(desk.locator(".vb-reader-scroll").evaluate("el => el.scrollTop")).as("the text scrolled")
                    .isNotEqualTo(0);
            assertThat(title.boundingBox().y).as("the head did not move with it").isEqualTo(before);
            assertThat(title).isInViewport();
        }
    }

    private static Locator header(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(text)).first();
    }

    /** What scrolls sideways once the page has settled (it may take a round trip or two): nothing, we hope. */
    @SuppressWarnings("unchecked")
    private static List<String> sideways(Page page) {
        try {
            page.waitForFunction("() => (" + SIDEWAYS + ")().length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError stillSideways) {
            // reported below, element by element
        }
        return (List<String>) page.evaluate(SIDEWAYS);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
