package org.verbatim.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.support.BrowserSteps.button;
import static org.verbatim.support.BrowserSteps.screenshot;
import static org.verbatim.support.BrowserSteps.withText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.FreshDataDir;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * A desk's day in Debian's Chromium, with real accounts: an editor assigns an article; the fact-checker finds it on
 * Home and under the bell, corrects a quote's speaker, rates the claim, gives sources and a verdict; the editor sees
 * that evidence in Approvals and returns the quote with a comment; the fact-checker sees the return, fixes it and
 * resubmits; the editor approves; the auditor downloads the audit CSV and the ClaimReview export from Exports. Takes
 * the README's pictures of Home, the opened bell and the reader on a phone.
 */
@VerbatimIntegrationTest
class DeskDayBrowserIT {

    static final String EDITOR = "desk-edna";
    static final String CHECKER = "desk-fred";
    static final String AUDITOR = "desk-ada";
    static final String CHANT = "Trams for the east side";
    static final String NEW_SPEAKER = "East Side Tram Alliance";
    static final String CORRECTION_REASON = "The banner and the chant were the alliance's, as its leaflet says";
    static final String RECORDING = "https://example.org/brannock/council-recording";
    static final String LEAFLET = "https://example.org/brannock/alliance-leaflet";
    static final String RETURN_COMMENT = "Add the alliance's own leaflet as a source";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TestArticles articles;

    @Test
    void an_assigned_article_is_reviewed_returned_fixed_approved_and_exported() throws Exception {
        users.create(EDITOR, Role.EDITOR);
        users.create(CHECKER, Role.FACT_CHECKER);
        users.create(AUDITOR, Role.AUDITOR);
        TestArticles.Imported story = RunAs.user(EDITOR, Role.EDITOR).call(() -> articles.tramlineVote("Brannock Courier"));
        String title = story.text().lines().filter(l -> l.startsWith("Mayor")).findFirst().orElseThrow()
                .replaceAll(".* in Brannock (\\w+)\\.$", "Tramline vote $1");
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            // --- the editor gives the article to the fact-checker
            Page editor = session(browser, EDITOR);
            editor.getByPlaceholder("Search titles, publishers, files").last().fill(title);
            editor.getByPlaceholder("Search titles, publishers, files").last().press("Enter");
            Locator assign = editor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Assign “" + title + "” to a fact-checker"));
            assertThat(assign).isVisible();
            settled(editor);
            assign.click();
            editor.locator("vaadin-dialog vaadin-combo-box input, vaadin-dialog-overlay vaadin-combo-box input")
                    .first().fill(CHECKER);
            withText(editor, "vaadin-combo-box-item", CHECKER).click();
            button(editor, "Assign").click();
            assertThat(withText(editor, "vaadin-notification-card", "Assigned to " + CHECKER)).isVisible();

            // --- the fact-checker finds it on Home and under the bell
            Page checker = session(browser, CHECKER);
            checker.navigate(base() + "/home");
            assertThat(checker.locator(".vb-count-assigned")).containsText("1 assigned to me");
            assertThat(withText(checker, ".vb-home-item", title)).isVisible();
            screenshot(checker, "home");
            assertThat(bell(checker)).hasAttribute("aria-label", "Notifications, 1 unread");
            bell(checker).click();
            Locator assigned = withText(checker, ".vb-bell-item.vb-bell-unread", EDITOR + " assigned you the article “"
                    + title + "”");
            assertThat(assigned).isVisible();
            screenshot(checker, "notifications");
            assigned.click();
            assertThat(checker.locator(".vb-reader-head h2")).containsText(title);

            // corrects the chant's speaker, with a reason
            withText(checker, "mark.vb-q", CHANT).click();
            assertThat(checker.locator(".vb-panel blockquote")).containsText(CHANT);
            checker.keyboard().press("e");
            button(checker, "New speaker…").click();
            checker.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(NEW_SPEAKER);
            checker.getByLabel("Affiliation").fill("Brannock");
            checker.getByLabel("Reason for the correction").fill(CORRECTION_REASON);
            button(checker, "Save correction").click();
            assertThat(checker.locator(".vb-panel .vb-status").first()).hasText("Corrected");
            assertThat(checker.locator(".vb-panel .vb-speaker-name")).containsText(NEW_SPEAKER);

            // rates the claim itself
            checker.getByLabel("Claim rating").click();
            checker.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Misleading")).click();
            checker.getByLabel("Why").fill("Tolls were never proposed");
            button(checker, "Rate claim").click();
            assertThat(checker.locator(".vb-panel .vb-claim-rating")).containsText("Claim rated Misleading");

            // gives the verdict with its sources
            checker.getByLabel("Verdict", new Page.GetByLabelOptions().setExact(true)).click();
            checker.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Misattributed"))
                    .click();
            checker.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))
                    .fill("The report gave it to the protesters at large");
            checker.getByLabel("Source links").fill(RECORDING);
            button(checker, "Record verdict").click();
            assertThat(checker.locator(".vb-panel a[href='" + RECORDING + "']")).isVisible();
            assertThat(checker.getByLabel("Source links")).hasValue(RECORDING);

            // --- the editor sees the evidence in Approvals and returns the quote with a comment
            editor.navigate(base() + "/approvals");
            editor.getByLabel("Search the approvals").last().fill(CHANT);
            settled(editor);
            Locator evidence = withText(editor, ".vb-evidence", "Misattributed");
            assertThat(evidence.locator(".vb-correction-reason")).containsText(CORRECTION_REASON);
            assertThat(evidence).containsText("The report gave it to the protesters at large");
            assertThat(evidence.locator(".vb-claim-rating")).containsText("Claim: Misleading");
            assertThat(evidence.locator("a[href='" + RECORDING + "']")).isVisible();
            button(editor, "Return…").click();
            editor.getByLabel(Pattern.compile("^Reason")).last().fill(RETURN_COMMENT);
            button(editor, "Return").click();
            assertThat(withText(editor, "vaadin-notification-card", "Returned")).isVisible();

            // --- the fact-checker sees the return, fixes it and resubmits
            checker.navigate(base() + "/home");
            assertThat(checker.locator(".vb-count-returned")).containsText("1 returned to me");
            assertThat(bell(checker)).hasAttribute("aria-label", "Notifications, 1 unread");
            bell(checker).click();
            Locator returned = withText(checker, ".vb-bell-item.vb-bell-unread", EDITOR + " returned “");
            assertThat(returned).containsText(RETURN_COMMENT);
            returned.click();
            assertThat(withText(checker, "mark.vb-q-returned", CHANT)).isVisible();
            assertThat(checker.locator(".vb-panel .vb-returned-comment")).containsText(RETURN_COMMENT);
            checker.getByLabel("Source links").fill(RECORDING + "\n" + LEAFLET);
            button(checker, "Record verdict").click();
            assertThat(checker.locator(".vb-panel a[href='" + LEAFLET + "']")).isVisible();
            withText(checker, "mark.vb-q", CHANT).click();
            button(checker, "Confirm").click();
            assertThat(withText(checker, "mark.vb-q-confirmed", CHANT)).isVisible();
            // the mark may already read confirmed from the verdict: wait until the confirm itself has been saved, or
            // the editor's approval below meets a quote changed after the approvals list was read (and is refused)
            settled(checker);

            // --- the editor approves
            editor.navigate(base() + "/approvals");
            editor.getByLabel("Search the approvals").last().fill(CHANT);
            settled(editor);
            assertThat(withText(editor, ".vb-evidence", "Misattributed").locator("a[href='" + LEAFLET + "']"))
                    .isVisible();
            editor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Approve “" + CHANT)).click();
            // the newest notice, whatever it says, so that a refusal (an edit in between) fails with its message
            assertThat(editor.locator("vaadin-notification-card").last()).containsText("Approved");

            // --- the auditor exports the audit log and the ClaimReview file
            Page auditor = session(browser, AUDITOR);
            auditor.navigate(base() + "/exports");
            String audit = download(auditor, "#export-audit-csv");
            assertThat(audit).as("the correction in the audit CSV, with its reason").contains(CORRECTION_REASON)
                    .containsPattern("(?i)speaker: [^\\n]+ → " + NEW_SPEAKER);
            assertThat(audit).contains(title);

            String claimReview = download(auditor, "#export-claimreview");
            assertThat(claimReview).contains(CHANT);
            assertThat(claimReview).containsPattern("\"reviewRating\"\\s*:\\s*\\{");
            assertThat(claimReview).containsPattern("\"alternateName\"\\s*:\\s*\"Misleading\"");
            assertThat(claimReview).containsPattern("\"url\"\\s*:\\s*\"" + FreshDataDir.PUBLIC_URL.replace(".", "\\."));

            // --- the reader on a phone: the whole width, nothing scrolling sideways
            Page phone = BrowserSteps.session(browser, base(), CHECKER, 390, 844);
            phone.navigate(base() + "/articles/" + story.articleId());
            withText(phone, "mark.vb-q", "Nobody has costed the").click();
            assertThat(phone.locator(".vb-panel blockquote")).containsText("Nobody has costed the");
            Object fits = phone.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
            assertThat(fits).as("no horizontal scroll at 390 px").isEqualTo(true);
            screenshot(phone, "phone-reader");
        }
    }

    /**
     * Waits until Vaadin has no request in flight, then a moment for the grid to draw: a filtered list re-renders its
     * rows after the server answers, and a click on a row's button before that lands on a button being replaced.
     */
    private static void settled(Page page) {
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => typeof c.isActive !== 'function' || !c.isActive())");
        page.waitForTimeout(500);
    }

    private static Locator bell(Page page) {
        return page.locator(".vb-bell vaadin-button").first();
    }

    private static String download(Page page, String link) throws Exception {
        Download file = page.waitForDownload(() -> page.locator(link).click());
        return Files.readString(file.path(), StandardCharsets.UTF_8);
    }

    private Page session(Browser browser, String user) {
        return BrowserSteps.session(browser, base(), user);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
