package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.ReviewRepository;
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
        assertThat(view.panel().current().getStatus()).as("the panel shows the saved state")
                .isEqualTo(ReviewStatus.CONFIRMED);
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
    void a_conflicting_edit_says_who_changed_the_quote_and_offers_a_reload() {
        var story = articles.harbourStory();
        ArticleReaderView view = open(story);
        Quote first = story.quotes().getFirst();
        ComponentUtil.fireEvent(view.reader(), new ArticleReader.QuoteClick(view.reader(), true, first.getId()));

        // someone else confirms it in the meantime (same security context is fine: the version is what counts)
        workflow.confirm(first.getId(), first.getVersion());
        test($(Button.class).withText("Confirm").first()).click();

        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("after you opened it"));
        test($(Button.class).withText("Reload").first()).click();
        assertThat(view.panel().current().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
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

    private long firstDemoArticle() {
        return quotes.findAll().stream().filter(q -> q.getStatus() == ReviewStatus.PENDING)
                .findFirst().orElseThrow().getArticle().getId();
    }
}
