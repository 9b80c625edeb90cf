package org.verbatim.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.support.Newsroom.said;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.audit.AuditLogEntry;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.audit.TimelineEntry;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class HistoryViewsTest extends SpringBrowserlessTest {

    @Autowired
    Newsroom newsroom;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    /** An article with one quote that {@code checker} confirmed; returns it. */
    private Published confirmedBy(String checker, String m) {
        long speaker = newsroom.speaker("Eva Lund" + m);
        Published article = newsroom.article("Parks " + m, null, said(speaker, "Parks stay open"));
        long quoteId = article.quoteIds().getFirst();
        RunAs.user(checker, Role.FACT_CHECKER).run(() ->
                workflow.confirm(quoteId, quotes.findById(quoteId).orElseThrow().getVersion()));
        return article;
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_verifies_the_trail_from_the_history_screen() {
        confirmedBy("fiona", Newsroom.unique());
        navigate(AuditLogView.class);

        test($(Button.class).id("log-verify")).click();

        assertThat($(Span.class).id("log-verify-result").getText()).startsWith("Intact: ")
                .contains("revisions sealed");
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_sees_the_log_newest_first_and_filters_it_by_user_and_record() {
        String m = Newsroom.unique();
        String checker = "petra-" + m;
        Published article = confirmedBy(checker, m);

        navigate(AuditLogView.class);
        assertThat(log().size()).isGreaterThan(0);
        assertThat(rows().getFirst().revision()).isGreaterThanOrEqualTo(rows().getLast().revision());

        @SuppressWarnings("unchecked")
        ComboBox<String> user = $(ComboBox.class).id("log-user");
        test(user).selectItem(checker);
        assertThat(rows()).as("one action, listed once").hasSize(1)
                .allSatisfy(e -> assertThat(e.username()).isEqualTo(checker));
        assertThat(rows()).extracting(AuditLogEntry::action).containsExactly("Confirmed");
        assertThat(log().getCellText(0, log().getColumnPosition("who"))).isEqualTo(checker);
        assertThat(log().getCellComponent(0, log().getColumnPosition("record")).getElement().getTextRecursively())
                .as("the quote by its words, not its id").contains(m).doesNotContain("Quote " + rows().getFirst()
                        .recordId());
        assertThat(log().getCellComponent(0, log().getColumnPosition("changes")).getElement().getTextRecursively())
                .contains("Status: Pending → Confirmed");

        @SuppressWarnings("unchecked")
        Select<AuditedRecord> record = $(Select.class).id("log-record");
        test(record).selectItem("Review");
        assertThat(rows()).extracting(AuditLogEntry::quoteId).containsExactly(article.quoteIds().getFirst());
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void the_export_link_downloads_the_filtered_log_as_csv() {
        String m = Newsroom.unique();
        String checker = "quinn-" + m;
        confirmedBy(checker, m);

        navigate(AuditLogView.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> user = $(ComboBox.class).id("log-user");
        test(user).selectItem(checker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id("log-export")).download(out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFRevision,");
        assertThat(lines.get(1)).contains("," + checker + ",").contains(",Confirmed,")
                .contains("Status: Pending → Confirmed");
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void the_history_views_offer_nothing_to_edit() {
        String m = Newsroom.unique();
        Published article = confirmedBy("rolf-" + m, m);

        navigate(AuditLogView.class);
        // clearing the filters and verifying the trail change nothing
        assertThat($view(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .containsExactly("log-clear", "log-verify");
        assertThat($view(TextField.class).all()).isEmpty();

        navigate(QuoteHistoryView.class, article.quoteIds().getFirst());
        assertThat($view(Button.class).all()).isEmpty();
        assertThat($view(TextField.class).all()).isEmpty();

        navigate(ArticleHistoryView.class, article.articleId());
        assertThat($view(Button.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void the_quote_history_shows_the_suggestion_first_and_then_the_change() {
        String m = Newsroom.unique();
        Published article = confirmedBy("sven-" + m, m);

        navigate(QuoteHistoryView.class, article.quoteIds().getFirst());

        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = $(Grid.class).id("timeline");
        var grid = test(timeline);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, grid.getColumnPosition("action")))
                .isEqualTo("Suggested by " + Newsroom.EXTRACTOR + " 1, confidence 0.90");
        assertThat(grid.getCellText(1, grid.getColumnPosition("action"))).isEqualTo("Confirmed");
        assertThat(grid.getCellText(1, grid.getColumnPosition("who"))).isEqualTo("sven-" + m);
        assertThat(grid.getRow(1).change("Status")).isPresent()
                .hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("Status: Pending → Confirmed"));
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void the_article_history_lists_the_article_and_its_quotes() {
        String m = Newsroom.unique();
        Published article = confirmedBy("tove-" + m, m);

        navigate(ArticleHistoryView.class, article.articleId());

        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = $(Grid.class).id("timeline");
        var grid = test(timeline);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(TimelineEntry::action).toList())
                .containsExactly("Article imported", "Suggested by " + Newsroom.EXTRACTOR + " 1, confidence 0.90",
                        "Confirmed");
    }

    @Test
    @WithMockUser(username = "fiona", roles = {"FACT_CHECKER", "EDITOR"})
    void fact_checkers_and_editors_are_refused_the_history() {
        assertThatThrownBy(() -> navigate(AuditLogView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(Grid.class).all()).isEmpty();

        assertThatThrownBy(() -> navigate(QuoteHistoryView.class, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<AuditLogEntry>, AuditLogEntry> log() {
        return test((Grid<AuditLogEntry>) $(Grid.class).id("log"));
    }

    private List<AuditLogEntry> rows() {
        var grid = log();
        return IntStream.range(0, Math.min(grid.size(), 200)).mapToObj(grid::getRow).toList();
    }
}
