package org.verbatim.accuracy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.verbatim.support.BrowserSteps.button;
import static org.verbatim.support.BrowserSteps.screenshot;
import static org.verbatim.support.BrowserSteps.withText;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.security.Role;
import org.verbatim.support.ApiClient;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.Newsroom;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestArticles.Imported;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's acceptance in Debian's Chromium: a fact-checker confirms one quote of a made-up article, gives another
 * to a different speaker with a reason and rejects a third; an editor then reads on the accuracy screen, and from
 * {@code GET /api/extraction/accuracy}, exactly the figures those three reviews make.
 */
@VerbatimIntegrationTest
class AccuracyBrowserIT {

    static final String CHECKER = "accb-felix";
    static final String EDITOR = "accb-edith";
    static final String TO_CONFIRM = "The first trams will run before the end of next year";
    static final String TO_CORRECT = "Tickets will stay at one euro for pensioners";
    static final String TO_REJECT = "Trams for the east side, not tolls for the rest of us";
    static final String WHY_CORRECTED = "The council's recording gives this line to Hallbeck";
    static final String EXTRACTOR = QuoteExtractor.NAME + " " + QuoteExtractor.VERSION;
    static final String WHY_REJECTED = "A protest chant, not a statement on the record";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TestArticles articles;

    @Autowired
    QuoteRepository quotes;

    @Test
    void an_editor_reads_on_the_screen_and_from_the_api_the_figures_a_fact_checkers_reviews_made() throws Exception {
        users.create(CHECKER, Role.FACT_CHECKER);
        users.create(EDITOR, Role.EDITOR);
        // a publisher of this test's own: the screen and the API show only its reviews once filtered by it
        String publisher = "Brannock Courier " + Newsroom.unique();
        Imported story = RunAs.user(CHECKER, Role.FACT_CHECKER).call(() -> articles.tramlineVote(publisher));
        Quote confirmed = quoteOf(story, TO_CONFIRM);
        Quote corrected = quoteOf(story, TO_CORRECT);
        Quote rejected = quoteOf(story, TO_REJECT);
        assertThat(confirmed.getSpeaker().getCanonicalName()).as("the machine's speaker").isEqualTo("Odile Varga");
        assertThat(corrected.getSpeaker().getCanonicalName()).as("the machine's speaker").isEqualTo("Odile Varga");

        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            // --- the fact-checker: one quote confirmed, one given to the councillor, one rejected
            Page fc = BrowserSteps.session(browser, base(), CHECKER);
            fc.navigate(base() + "/articles/" + story.articleId());
            Locator status = fc.locator(".vb-panel .vb-status").first();

            open(fc, TO_CONFIRM);
            button(fc, "Confirm").click();
            assertThat(withText(fc, "mark.vb-q-confirmed", TO_CONFIRM)).isVisible();   // and on to the next quote

            open(fc, TO_CORRECT);
            button(fc, "Edit").click();
            Locator speaker = fc.locator(".vb-editor vaadin-combo-box input");
            speaker.fill("Hallbeck");
            withText(fc, "vaadin-combo-box-item", "Piet Hallbeck").click();
            fc.getByLabel("Reason for the correction").fill(WHY_CORRECTED);
            button(fc, "Save correction").click();
            assertThat(status).hasText("Corrected");
            assertThat(fc.locator(".vb-panel .vb-speaker-name")).containsText("Piet Hallbeck");

            open(fc, TO_REJECT);
            button(fc, "Reject").click();
            Locator dialog = fc.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Reason").fill(WHY_REJECTED);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject").setExact(true)).click();
            assertThat(withText(fc, "mark.vb-q-rejected", TO_REJECT)).isVisible();

            assertThat(quotes.findById(confirmed.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThat(quotes.findById(corrected.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CORRECTED);
            assertThat(quotes.findById(rejected.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.REJECTED);

            // --- the editor reads the accuracy screen for that publisher
            Page editor = BrowserSteps.session(browser, base(), EDITOR, 1920, 1200);
            editor.navigate(base() + "/accuracy");
            editor.locator("#accuracy-publisher input").fill(publisher);
            assertThat(editor.locator("#accuracy-case-count")).hasText("2 quotes not taken as suggested");

            Locator versionsGrid = editor.locator("#accuracy-versions");
            assertThat(withText(editor, "#accuracy-versions vaadin-grid-cell-content", EXTRACTOR)).isVisible();
            Map<String, String> shown = expectedFigures(confirmed, corrected, rejected);
            Map<String, Locator> version = BrowserSteps.gridRows(versionsGrid).getFirst();
            assertThat(version.keySet()).containsAll(shown.keySet());
            shown.forEach((header, text) -> assertThat(version.get(header)).hasText(text));
            assertThat(BrowserSteps.gridRows(versionsGrid)).as("one extractor version reviewed").hasSize(1);

            Locator casesGrid = editor.locator("#accuracy-cases");
            assertThat(withText(editor, "#accuracy-cases vaadin-grid-cell-content", "Speaker corrected")).isVisible();
            List<Map<String, Locator>> cases = BrowserSteps.gridRows(casesGrid);
            assertThat(cases).as("most recently reviewed first").hasSize(2);
            Map<String, Locator> rejection = cases.get(0);
            assertThat(rejection.get("What")).hasText("Rejected: not a quote");
            assertThat(rejection.get("Machine's suggestion")).containsText(TO_REJECT);
            assertThat(rejection.get("Reviewer's")).hasText("not a quote");
            assertThat(rejection.get("Who")).hasText(CHECKER);
            assertThat(rejection.get("Why")).hasText(WHY_REJECTED);
            Map<String, Locator> correction = cases.get(1);
            assertThat(correction.get("What")).hasText("Speaker corrected");
            assertThat(correction.get("Machine's suggestion")).hasText("“" + TO_CORRECT + "” — Odile Varga");
            assertThat(correction.get("Reviewer's")).hasText("“" + TO_CORRECT + "” — Piet Hallbeck");
            assertThat(correction.get("Who")).hasText(CHECKER);
            assertThat(correction.get("Why")).hasText(WHY_CORRECTED);
            assertThat(correction.get("Article")).containsText("Tramline vote");
            screenshot(editor, "accuracy");

            // --- the same editor asks the API: the same figures
            ApiClient api = new ApiClient(port);
            HttpResponse<String> response = api.get("/api/extraction/accuracy?publisher="
                    + URLEncoder.encode(publisher, StandardCharsets.UTF_8), EDITOR);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = api.json(response);
            assertThat(body.get("versions").size()).isEqualTo(1);
            JsonNode v = body.get("versions").get(0);
            assertThat(v.get("extractor").asString()).isEqualTo(QuoteExtractor.NAME);
            assertThat(v.get("version").asString()).isEqualTo(QuoteExtractor.VERSION);
            assertThat(v.get("counts").toString()).isEqualTo("{\"reviewed\":3,\"confirmed\":1,\"spanCorrected\":0,"
                    + "\"speakerCorrected\":1,\"rejected\":1,\"added\":0}");
            assertFigures(v.get("span"), 2, 1, 0, 2.0 / 3, 1.0);
            assertFigures(v.get("speaker"), 1, 1, 1, 0.5, 0.5);
            // and what the page showed is these numbers, as it formats them
            assertThat(shown).containsEntry("Span P", AccuracyView.percent(v.get("span").get("precision").asDouble()))
                    .containsEntry("Span R", AccuracyView.percent(v.get("span").get("recall").asDouble()))
                    .containsEntry("Speaker P", AccuracyView.percent(v.get("speaker").get("precision").asDouble()))
                    .containsEntry("Speaker R", AccuracyView.percent(v.get("speaker").get("recall").asDouble()))
                    .containsEntry("Confidence right", twoDecimals(v.get("confidence").get("whenRight").asDouble()))
                    .containsEntry("Confidence wrong", twoDecimals(v.get("confidence").get("whenWrong").asDouble()));
            JsonNode items = body.get("cases").get("items");
            assertThat(body.get("cases").get("total").asLong()).isEqualTo(2);
            assertThat(items.get(0).get("quoteId").asLong()).isEqualTo(rejected.getId());
            assertThat(items.get(0).get("kind").asString()).isEqualTo("REJECTED");
            JsonNode speakerCase = items.get(1);
            assertThat(speakerCase.get("quoteId").asLong()).isEqualTo(corrected.getId());
            assertThat(speakerCase.get("kind").asString()).isEqualTo("SPEAKER");
            assertThat(speakerCase.get("machine").get("speaker").asString()).isEqualTo("Odile Varga");
            assertThat(speakerCase.get("reviewer").get("speaker").asString()).isEqualTo("Piet Hallbeck");
            assertThat(speakerCase.get("reviewedBy").asString()).isEqualTo(CHECKER);
            assertThat(speakerCase.get("reason").asString()).isEqualTo(WHY_CORRECTED);
        }
    }

    /**
     * What the three reviews make, by the rules the screen states. Span: the confirmed and the speaker-corrected
     * quotes kept the machine's span (2 right), the rejected one was no quote (1 false positive), none was missed.
     * Speaker, over the two real quotes: the machine named one right and one wrong, and the wrong one is also a
     * quote whose speaker it did not find (precision 1/2, recall 1/2). Confidence: the machine's in the quote taken
     * as it was, and its mean over the two it got wrong.
     */
    private static Map<String, String> expectedFigures(Quote confirmed, Quote corrected, Quote rejected) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("Extractor", EXTRACTOR);
        shown.put("Reviewed", "3");
        shown.put("Confirmed", "1");
        shown.put("Span corrected", "0");
        shown.put("Speaker corrected", "1");
        shown.put("Rejected", "1");
        shown.put("Missed (added)", "0");
        shown.put("Span P", "66.7%");
        shown.put("Span R", "100.0%");
        shown.put("Span F1", "80.0%");
        shown.put("Speaker P", "50.0%");
        shown.put("Speaker R", "50.0%");
        shown.put("Speaker F1", "50.0%");
        shown.put("Confidence right", twoDecimals(confirmed.getConfidence()));
        shown.put("Confidence wrong", twoDecimals((corrected.getConfidence() + rejected.getConfidence()) / 2));
        return shown;
    }

    private static void assertFigures(JsonNode figures, long right, long wrong, long missed, double precision,
                                      double recall) {
        assertThat(figures.get("truePositives").asLong()).isEqualTo(right);
        assertThat(figures.get("falsePositives").asLong()).isEqualTo(wrong);
        assertThat(figures.get("falseNegatives").asLong()).isEqualTo(missed);
        assertThat(figures.get("precision").asDouble()).isCloseTo(precision, within(1e-9));
        assertThat(figures.get("recall").asDouble()).isCloseTo(recall, within(1e-9));
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void open(Page page, String quote) {
        withText(page, "mark.vb-q", quote).click();
        assertThat(page.locator(".vb-panel blockquote")).containsText(quote);
    }

    private static Quote quoteOf(Imported story, String words) {
        return story.quotes().stream().filter(q -> q.getText().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("The extractor no longer finds “" + words + "”: "
                        + story.quotes().stream().map(Quote::getText).toList()));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
