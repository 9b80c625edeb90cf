package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.ReviewRepository;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ArticleReaderViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    ReviewRepository reviews;

    @Autowired
    org.verbatim.review.ReviewWorkflow workflow;

    private ArticleReaderView open(TestArticles.Imported story) {
        return navigate(ArticleReaderView.class,
                Map.of("articleId", String.valueOf(story.articleId())));
    }

    private void key(ArticleReaderView view, String key) {
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.ReaderKey(view.reader(), true, key));
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void j_selects_the_first_quote_and_c_confirms_it() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);

        key(view, "j");
        Quote first = view.panel().current();
        assertThat(first.getId()).isEqualTo(story.quotes().getFirst().getId());
        key(view, "c");

        assertThat(quotes.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(view.quotes()).filteredOn(q -> q.getId().equals(first.getId())).singleElement()
                .satisfies(q -> assertThat(q.getStatus()).as("the reader shows the saved state")
                        .isEqualTo(ReviewStatus.CONFIRMED));
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void confirm_moves_on_to_the_next_quote_waiting_for_review() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        key(view, "j");
        test($(Button.class).withText("Confirm").first()).click();

        assertThat(view.panel().current().getId()).as("the next quote, not the one just confirmed")
                .isEqualTo(story.quotes().get(1).getId());
        assertThat(view.reader().getElement().getProperty("selected", -1.0))
                .isEqualTo(story.quotes().get(1).getId().doubleValue());
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void clicking_a_quote_and_rejecting_it_asks_for_a_reason() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote second = story.quotes().get(1);
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.QuoteClick(view.reader(), true, second.getId()));
        key(view, "x");

        Dialog dialog = $(Dialog.class).first();
        test($(Button.class, dialog).withText("Reject").first()).click();
        assertThat(quotes.findById(second.getId()).orElseThrow().getStatus())
                .as("no reason, no rejection").isEqualTo(ReviewStatus.PENDING);

        test($(TextArea.class, dialog).first()).setValue("A headline, not something anyone said");
        test($(Button.class, dialog).withText("Reject").first()).click();
        assertThat(quotes.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(reviews.findByQuoteIdOrderByCreatedAtAsc(second.getId()))
                .extracting(r -> r.getReason()).containsExactly("A headline, not something anyone said");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void selecting_text_outside_quotes_adds_a_missed_quote() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        int start = story.text().indexOf("Opposition leader Tomas Brell disagreed");
        int end = start + "Opposition leader Tomas Brell disagreed".length();

        ComponentUtil.fireEvent(view.reader(), new ArticleReader.SpanSelect(view.reader(), true, start, end));
        test($(Button.class).withText("Add quote").first()).click();

        var added = quotes.findByArticleIdOrderByStartOffset(story.articleId()).stream()
                .filter(q -> Quote.MANUAL.equals(q.getExtractorName())).toList();
        assertThat(added).singleElement().satisfies(q -> {
            assertThat(q.getText()).isEqualTo("Opposition leader Tomas Brell disagreed");
            assertThat(q.getReviewedBy()).isEqualTo("fiona");
        });
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_conflicting_correction_is_explained_at_the_save_button_keeps_the_draft_and_shows_their_change() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote first = story.quotes().getFirst();
        click(view, first);
        key(view, "e");
        int start = story.text().indexOf("The harbour will reopen");
        int end = start + "The harbour will reopen".length();
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.SpanSelect(view.reader(), true, start, end));
        test(view.panel().correction().reason).setValue("The recording stops after 'reopen'");

        // meanwhile another fact-checker confirms it
        RunAs.user("gustav", Role.FACT_CHECKER).call(() -> workflow.confirm(first.getId(), first.getVersion()));
        test($(Button.class).withText("Save correction").first()).click();

        assertThat(quotes.findById(first.getId()).orElseThrow().getStatus()).as("nothing saved")
                .isEqualTo(ReviewStatus.CONFIRMED);
        Component notice = view.panel().conflictNotice();
        assertThat(notice).as("the conflict is explained").isNotNull();
        assertThat(notice.getParent()).as("in the correction form, just above its Save button")
                .contains(view.panel().correction().conflictSlot);
        String said = notice.getElement().getTextRecursively();
        assertThat(said).contains("gustav changed this quote").contains("Status: Pending → Confirmed")
                .as("no raw ISO time").doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(view.panel().correction().isVisible()).as("the draft stays open").isTrue();
        assertThat(view.panel().correction().reason.getValue()).isEqualTo("The recording stops after 'reopen'");
        assertThat(view.panel().current().getStatus()).as("the quote as it is now").isEqualTo(ReviewStatus.CONFIRMED);

        test($(Button.class).withText("Save correction").first()).click();
        Quote saved = quotes.findById(first.getId()).orElseThrow();
        assertThat(saved.getStatus()).as("saved again, over their change").isEqualTo(ReviewStatus.CORRECTED);
        assertThat(saved.getText()).isEqualTo("The harbour will reopen");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_conflicting_verdict_keeps_its_note_and_sources() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote second = story.quotes().get(1);
        VerdictForm form = draftVerdict(view, second, "Misquoted", "He said 'nothing has been paid'",
                "https://example.org/tape");

        RunAs.user("gustav", Role.FACT_CHECKER).call(() -> workflow.reject(second.getId(), second.getVersion(),
                "A rhetorical aside"));
        test($(Button.class).withText("Record verdict").first()).click();

        assertThat(view.panel().conflictNotice()).isNotNull();
        assertThat(view.panel().conflictNotice().getParent()).contains(form.conflictSlot);
        assertThat(view.panel().conflictNotice().getElement().getTextRecursively())
                .contains("Status: Pending → Rejected");
        assertThat(form.note.getValue()).isEqualTo("He said 'nothing has been paid'");
        assertThat(form.sources.getValue()).isEqualTo("https://example.org/tape");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_returned_quote_shows_the_editors_comment_in_the_reader_and_on_the_panel() {
        var story = articles.harbourStory();
        Quote first = story.quotes().getFirst();
        Quote confirmed = workflow.confirm(first.getId(), first.getVersion());
        RunAs.user("erin", Role.EDITOR).call(() -> workflow.returnForReview(first.getId(), confirmed.getVersion(),
                "Check the recording at 12:40: 'next spring' or 'this spring'?"));

        ArticleReaderView view = open(story);
        assertThat(view.reader().getElement().getProperty("quotes"))
                .contains("\"id\":" + first.getId() + ",\"start\"").contains("\"status\":\"RETURNED\"");
        click(view, first);
        assertThat($(Span.class).withClassName("vb-status").first().getText()).isEqualTo("Returned");
        Div returned = $(Div.class).withClassName("vb-returned").single();
        assertThat(returned.getElement().getTextRecursively()).contains("Returned by erin")
                .contains("Check the recording at 12:40: 'next spring' or 'this spring'?");

        // once the fact-checker has looked again, it is no longer waiting, but the comment can still be read
        test($(Button.class).withText("Confirm").first()).click();
        click(view, first);
        assertThat($(Span.class).withClassName("vb-status").first().getText()).isEqualTo("Confirmed");
        assertThat($(Div.class).withClassName("vb-returned").all()).isEmpty();
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText())
                .contains("Returned earlier by erin").contains("12:40"));
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void sources_stay_on_the_quote_after_a_verdict_and_only_web_addresses_become_links() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote second = story.quotes().get(1);
        VerdictForm form = draftVerdict(view, second, "Accurate", "",
                "https://example.org/tape.mp3\njavascript:alert(1)\nTranscript, page 4");
        test($(Button.class).withText("Record verdict").first()).click();

        assertThat(view.panel().current().getId()).isEqualTo(second.getId());
        assertThat(form.sources.getValue()).as("the field keeps what was saved")
                .isEqualTo("https://example.org/tape.mp3\njavascript:alert(1)\nTranscript, page 4");
        Div sources = $(Div.class).withClassName("vb-sources").single();
        assertThat($(Anchor.class, sources).all()).extracting(Anchor::getHref)
                .containsExactly("https://example.org/tape.mp3");
        assertThat(sources.getElement().getTextRecursively()).contains("javascript:alert(1)")
                .contains("Transcript, page 4");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_missed_quote_can_be_added_while_another_is_open_and_esc_closes_the_panel() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        click(view, story.quotes().getFirst());
        key(view, "Escape");
        assertThat(view.panel().current()).isNull();
        assertThat($(H3.class).withText("No quote selected").all()).hasSize(1);
        assertThat(view.reader().getElement().getProperty("selected", 0.0)).isEqualTo(-1.0);

        click(view, story.quotes().getFirst());
        int start = story.text().indexOf("Opposition leader Tomas Brell disagreed");
        int end = start + "Opposition leader Tomas Brell disagreed".length();
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.SpanSelect(view.reader(), true, start, end));
        test($(Button.class).withText("Add quote").first()).click();

        assertThat(quotes.findByArticleIdOrderByStartOffset(story.articleId()))
                .filteredOn(q -> Quote.MANUAL.equals(q.getExtractorName()))
                .extracting(Quote::getText).containsExactly("Opposition leader Tomas Brell disagreed");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void labels_read_the_same_everywhere_and_times_are_not_raw() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        click(view, story.quotes().getFirst());
        key(view, "c");
        click(view, story.quotes().getFirst());
        String panel = view.panel().getElement().getTextRecursively();
        assertThat(panel).contains("Direct").doesNotContain("direct ·").doesNotContain("DIRECT");
        assertThat(panel).contains("Reviewed by fiona · just now");
        assertThat(panel).doesNotMatch("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}.*");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void e_then_a_new_selection_corrects_the_span_with_a_reason() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote first = story.quotes().getFirst();
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.QuoteClick(view.reader(), true, first.getId()));
        key(view, "e");
        int start = story.text().indexOf("The harbour will reopen");
        int end = start + "The harbour will reopen".length();
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.SpanSelect(view.reader(), true, start, end));

        test($(Button.class).withText("Save correction").first()).click();
        assertThat(quotes.findById(first.getId()).orElseThrow().getStatus())
                .as("no reason, no correction").isEqualTo(ReviewStatus.PENDING);

        test($(TextArea.class).withCaption("Reason for the correction").first())
                .setValue("The recording stops after 'reopen'");
        test($(Button.class).withText("Save correction").first()).click();
        Quote saved = quotes.findById(first.getId()).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(ReviewStatus.CORRECTED);
        assertThat(saved.getText()).isEqualTo("The harbour will reopen");
        assertThat(saved.getStartOffset()).isEqualTo(start);
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_auditor_reads_but_has_no_review_buttons() {
        ArticleReaderView view = navigate(ArticleReaderView.class,
                Map.of("articleId", String.valueOf(firstDemoArticle())));
        key(view, "j");
        assertThat(view.panel().current()).isNotNull();
        assertThat($(Button.class).withText("Confirm").all()).isEmpty();
        assertThat($(Button.class).withText("Approve").all()).isEmpty();
        key(view, "c");
        assertThat(quotes.findById(view.panel().current().getId()).orElseThrow().getStatus())
                .isEqualTo(view.panel().current().getStatus());
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_speaker_nobody_in_the_registry_matches_is_offered_for_creation() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        click(view, story.quotes().getFirst());
        key(view, "e");
        SpeakerPicker picker = view.panel().correction().speakerPicker;
        String nobody = "Ysolde Quarrington-" + org.verbatim.support.Newsroom.unique();

        test(picker.existing).setFilter(nobody);
        assertThat(test(picker.existing).getSuggestions()).isEmpty();
        assertThat(picker.existing.getHelperText()).isEqualTo("No speaker matches “" + nobody
                + "” — press Enter or the button below to create it");
        test($(Button.class).withText("Create “" + nobody + "”…").single()).click();

        assertThat(picker.createsNew()).isTrue();
        assertThat(picker.newName.getValue()).isEqualTo(nobody);
        assertThat(picker.existing.getHelperText()).isNull();
    }

    @Test
    @WithMockUser(username = "erin", roles = {"FACT_CHECKER", "EDITOR"})
    void a_claim_rated_on_the_panel_is_shown_there_and_to_the_editor_in_approvals() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote second = story.quotes().get(1);
        click(view, second);
        ClaimRatingForm form = view.panel().rating();
        test(form.rating).selectItem("Mostly false");
        test(form.note).setValue("The invoices show two payments");
        test(form.rate).click();

        Quote stored = quotes.findById(second.getId()).orElseThrow();
        assertThat(stored.getClaimRating()).isEqualTo("Mostly false");
        assertThat(stored.getVerdict()).as("the attribution verdict is another thing").isNull();
        assertThat(view.panel().getElement().getTextRecursively())
                .contains("Claim rated Mostly false (2 of 1–6) — The invoices show two payments");
        assertThat(view.panel().rating().rating.getValue().label()).as("the form shows what is stored")
                .isEqualTo("Mostly false");

        ApprovalView approvals = navigate(ApprovalView.class);
        var rows = approvals.grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(q -> q.quoteId() == second.getId()).findFirst().orElseThrow());
        assertThat(test(approvals.grid).getCellComponent(row, 2).getElement().getTextRecursively())
                .contains("Claim: Mostly false (2 of 1–6) — The invoices show two payments");
    }

    private VerdictForm draftVerdict(ArticleReaderView view, Quote quote, String verdict, String note,
                                     String sources) {
        click(view, quote);
        VerdictForm form = view.panel().verdict();
        test(form.verdict).selectItem(verdict);
        test(form.note).setValue(note);
        test(form.sources).setValue(sources);
        return form;
    }

    private void click(ArticleReaderView view, Quote quote) {
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.QuoteClick(view.reader(), true, quote.getId()));
    }

    private long firstDemoArticle() {
        return quotes.findAll().stream().filter(q -> q.getStatus() == ReviewStatus.PENDING)
                .findFirst().orElseThrow().getArticle().getId();
    }
}
