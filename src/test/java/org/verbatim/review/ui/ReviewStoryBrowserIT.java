package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.support.BrowserSteps.button;
import static org.verbatim.support.BrowserSteps.screenshot;
import static org.verbatim.support.BrowserSteps.withText;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * The whole review story in Debian's Chromium: a fact-checker confirms one quote and corrects another's speaker with
 * a reason, an editor approves, an editor who reviewed a quote cannot approve it, and an auditor reads it all.
 */
@VerbatimIntegrationTest
class ReviewStoryBrowserIT {

    static final String ARTICLE = "Khatibzadeh made the remarks";
    static final String TO_CONFIRM = "Lifting the sanctions in an effective way";
    static final String TO_CORRECT = "We have made it very clear that bilateral negotiations";
    static final String OWN_REVIEW = "The US return to JCPOA will not take place automatically";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    QuoteRepository quotes;

    @Test
    void fact_checker_reviews_editor_approves_and_nobody_approves_their_own_review() throws Exception {
        users.create("fatima", Role.FACT_CHECKER);
        users.create("edgar", Role.EDITOR);
        users.create("erin", Role.FACT_CHECKER, Role.EDITOR);
        users.create("audrey", Role.AUDITOR);
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            // --- the fact-checker
            Page fc = session(browser, "fatima");
            withText(fc, "vaadin-grid-cell-content", ARTICLE).click();
            withText(fc, "mark.vb-q", TO_CONFIRM).click();
            assertThat(fc.locator(".vb-panel blockquote")).containsText(TO_CONFIRM);
            button(fc, "Confirm").click();
            assertThat(withText(fc, "mark.vb-q-confirmed", TO_CONFIRM)).isVisible();
            screenshot(fc, "reader");

            // k and j step through the quotes: the highlight moves at once, the panel follows it
            var selected = fc.locator("mark.vb-q-selected").first();
            String at = selected.getAttribute("data-id");
            fc.keyboard().press("k");
            assertThat(selected).not().hasAttribute("data-id", at);
            assertThat(fc.locator(".vb-panel blockquote")).containsText(selected.textContent().strip());
            fc.keyboard().press("j");
            assertThat(selected).hasAttribute("data-id", at);
            assertThat(fc.locator(".vb-panel blockquote")).containsText(selected.textContent().strip());

            withText(fc, "mark.vb-q", TO_CORRECT).click();
            assertThat(fc.locator(".vb-panel blockquote")).containsText(TO_CORRECT);
            fc.keyboard().press("e");
            button(fc, "New speaker…").click();
            fc.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Saeed Khatibzadeh");
            fc.getByLabel("Role or title").fill("Foreign Ministry spokesman");
            fc.getByLabel("Affiliation").fill("Iran");
            fc.getByLabel("Reason for the correction").fill("Full name from the ministry's transcript");
            screenshot(fc, "quote-panel-correction");
            button(fc, "Save correction").click();
            assertThat(fc.locator(".vb-panel .vb-status").first()).hasText("Corrected");
            assertThat(fc.locator(".vb-panel .vb-speaker-name")).containsText("Saeed Khatibzadeh");

            // the claim itself, apart from who said it
            fc.getByLabel("Claim rating").click();
            fc.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Misleading")).click();
            fc.getByLabel("Why").fill("The talks were postponed, not cancelled");
            button(fc, "Rate claim").click();
            assertThat(fc.locator(".vb-panel .vb-claim-rating")).containsText("Claim rated Misleading (3 of 1–6)");

            Quote confirmed = quoteContaining(TO_CONFIRM);
            Quote corrected = quoteContaining(TO_CORRECT);
            assertThat(corrected.getClaimRating()).isEqualTo("Misleading");
            assertThat(confirmed.getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThat(corrected.getStatus()).isEqualTo(ReviewStatus.CORRECTED);
            assertThat(corrected.getSpeaker().getCanonicalName()).isEqualTo("Saeed Khatibzadeh");

            // --- the editor approves
            Page editor = session(browser, "edgar");
            openApprovals(editor);
            var row = withText(editor, "vaadin-grid-cell-content", TO_CONFIRM);
            assertThat(row).isVisible();
            assertThat(withText(editor, ".vb-claim-rating",
                    "Claim: Misleading (3 of 1–6) — The talks were postponed, not cancelled")).isVisible();
            screenshot(editor, "approvals");
            approveButtonInRowOf(editor, TO_CONFIRM).click();
            assertThat(withText(editor, "vaadin-notification-card", "Approved")).isVisible();
            assertThat(quoteContaining(TO_CONFIRM).getStatus()).isEqualTo(ReviewStatus.APPROVED);

            // --- an editor who reviewed a quote cannot approve it
            Page erin = session(browser, "erin");
            withText(erin, "vaadin-grid-cell-content", ARTICLE).click();
            withText(erin, "mark.vb-q", OWN_REVIEW).click();
            button(erin, "Confirm").click();
            withText(erin, "mark.vb-q-confirmed", OWN_REVIEW).click();   // Confirm moved on to the next quote
            assertThat(erin.locator(".vb-panel .vb-status").first()).hasText("Confirmed");
            assertThat(button(erin, "Approve")).isDisabled();
            openApprovals(erin);
            assertThat(approveButtonInRowOf(erin, OWN_REVIEW)).isDisabled();
            assertThat(quoteContaining(OWN_REVIEW).getStatus()).isEqualTo(ReviewStatus.CONFIRMED);

            // --- the auditor reads both revisions, their reasons, and the machine's original suggestion
            Page auditor = session(browser, "audrey");
            auditor.navigate(base() + "/history/quote/" + corrected.getId());
            var timeline = auditor.locator("vaadin-grid").first();
            assertThat(timeline).containsText("Suggested by verbatim-rules");
            assertThat(timeline).containsText("fatima");
            assertThat(timeline).containsText("Full name from the ministry's transcript");
            assertThat(timeline).containsText("Saeed Khatibzadeh");
            screenshot(auditor, "history");
            auditor.navigate(base() + "/history/quote/" + confirmed.getId());
            assertThat(auditor.locator("vaadin-grid").first()).containsText("Approved");
            assertThat(auditor.locator("vaadin-grid").first()).containsText("edgar");
            assertThat(button(auditor, "Confirm")).hasCount(0);
        }
    }

    /**
     * Approvals narrowed to this article's speaker, as an editor with a long list would: in a full test run the shared
     * database holds hundreds of reviewed quotes, and the grid renders only the rows in view.
     */
    private void openApprovals(Page page) {
        page.navigate(base() + "/approvals");
        page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Search the approvals")).fill("Khatibzadeh");
    }

    private Page session(Browser browser, String user) {
        return BrowserSteps.session(browser, base(), user);
    }

    /** Each approve button is labelled with the start of its quote, for screen readers and for us. */
    private static com.microsoft.playwright.Locator approveButtonInRowOf(Page page, String quoteText) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Approve “" + quoteText));
    }

    /** Loaded with its speaker, as the reader loads it. */
    private Quote quoteContaining(String text) {
        Quote found = quotes.findAll().stream().filter(q -> q.getText().contains(text)).findFirst().orElseThrow();
        return quotes.findByArticleIdOrderByStartOffset(found.getArticle().getId()).stream()
                .filter(q -> q.getId().equals(found.getId())).findFirst().orElseThrow();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
