package org.verbatim.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.compare.Facet;
import org.verbatim.compare.PairVerdict;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.review.ui.ArticleReaderView;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ComparisonViewsTest extends SpringBrowserlessTest {

    @Autowired
    QuoteSearch search;

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void search_shows_highlighted_hits_and_facets_and_a_hit_opens_in_its_article() {
        SearchView view = navigate(SearchView.class);
        test(view.query).setValue("Taliban terrorist");
        view.run();
        assertThat(view.problem.isVisible()).isFalse();
        var cards = view.results.getChildren().toList();
        assertThat(cards).isNotEmpty();
        assertThat(view.results.getElement().getOuterHTML()).contains("<mark>Taliban</mark>");
        assertThat(view.facets.get(Facet.SPEAKER).getListDataView().getItems().toList()).isNotEmpty();

        var affiliation = view.facets.get(Facet.AFFILIATION);
        var first = affiliation.getListDataView().getItems().findFirst().orElseThrow();
        test(affiliation).selectItem(first.label() + " (" + first.count() + ")");
        assertThat(view.summary.getText()).startsWith(first.count() + " statement");

        Button open = ((StatementCard) view.results.getChildren().findFirst().orElseThrow()).open;
        test(open).click();
        assertThat(getCurrentView()).isInstanceOf(ArticleReaderView.class);
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void a_query_too_long_to_read_shows_what_to_do_in_the_view() {
        SearchView view = navigate(SearchView.class);
        test(view.query).setValue("x".repeat(600));
        view.run();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("600 characters").contains("up to 500").contains("shorten");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void compare_shows_two_statements_side_by_side_with_label_buttons_for_a_fact_checker() {
        var hits = search.search(QuoteSearch.Query.of("Taliban")).hits();
        long a = hits.get(0).card().quoteId();
        long b = hits.get(1).card().quoteId();
        CompareView view = navigate(CompareView.class);
        view.show(List.of(a, b));
        assertThat(view.shown).extracting(c -> c.quoteId()).containsExactly(a, b);
        assertThat(view.columns.getChildren().count()).isEqualTo(2);
        assertThat(view.labelButtons).isNotNull();
        test(view.labelButtons.note).setValue("same claim, other words");
        Button consistent = view.labelButtons.getChildren().filter(c -> c instanceof Button btn
                && "Consistent".equals(btn.getText())).map(Button.class::cast).findFirst().orElseThrow();
        test(consistent).click();
        // the chosen label and its note, as the card shows them
        assertThat(view.labelButtons.current.getText()).isEqualTo("Labelled: Consistent — same claim, other words");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void the_chosen_label_is_pressed_and_its_note_is_there_when_the_pair_is_opened_again() {
        var hits = search.search(QuoteSearch.Query.of("Taliban")).hits();
        long a = hits.get(1).card().quoteId();
        long b = hits.get(2).card().quoteId();
        CompareView view = navigate(CompareView.class);
        view.show(List.of(a, b));
        test(view.labelButtons.note).setValue("one denies what the other says");
        test(view.labelButtons.buttons.get(PairVerdict.CONTRADICTS)).click();
        assertThat(view.labelButtons.buttons.get(PairVerdict.CONTRADICTS).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(view.labelButtons.buttons.get(PairVerdict.CONTRADICTS).getThemeNames()).contains("primary");

        test(view.labelButtons.buttons.get(PairVerdict.UNRELATED)).click();
        assertThat(view.labelButtons.buttons.get(PairVerdict.CONTRADICTS).getElement().getAttribute("aria-pressed"))
                .as("one label at a time").isEqualTo("false");
        assertThat(view.labelButtons.buttons.get(PairVerdict.CONTRADICTS).getThemeNames()).doesNotContain("primary");

        CompareView again = navigate(CompareView.class);
        again.show(List.of(b, a));
        assertThat(again.labelButtons.buttons.get(PairVerdict.UNRELATED).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(again.labelButtons.note.getValue()).isEqualTo("one denies what the other says");
        assertThat(again.labelButtons.current.getText())
                .isEqualTo("Labelled: Unrelated — one denies what the other says");
        assertThat(again.labelButtons.current.getClassNames()).contains("vb-label-unrelated");
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_auditor_compares_but_gets_no_label_buttons() {
        var hits = search.search(QuoteSearch.Query.of("Taliban")).hits();
        CompareView view = navigate(CompareView.class);
        view.show(List.of(hits.get(0).card().quoteId(), hits.get(2).card().quoteId()));
        assertThat(view.labelButtons.getChildren().filter(Button.class::isInstance)).isEmpty();
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void the_timeline_of_an_affiliation_lists_statements_oldest_first() {
        TimelineView view = navigate(TimelineView.class);
        var iran = view.affiliation.getListDataView().getItems().filter(v -> v.label().equals("Iran"))
                .findFirst().orElseThrow();
        view.affiliation.setValue(iran);
        test(view.topic).setValue("Taliban");
        view.show();
        assertThat(view.message.getText()).endsWith("oldest first");
        assertThat(view.entries.getChildren().count()).isPositive();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void conflicts_for_a_quote_are_grouped_by_affiliation_with_reasons() {
        var zarif = search.search(QuoteSearch.Query.of("\"still a terrorist entity\"")).hits().getFirst().card();
        ConflictsView view = navigate(ConflictsView.class);
        view.quoteId = zarif.quoteId();
        view.showCandidates();
        List<Details> groups = view.groups.getChildren().filter(Details.class::isInstance).map(Details.class::cast)
                .toList();
        assertThat(groups).isNotEmpty();
        assertThat(groups.getFirst().getSummaryText()).startsWith("Iran");
        assertThat(view.groups.getElement().getOuterHTML()).contains("Standing: one casts Taliban as an outlaw");
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_auditor_cannot_open_conflicts_or_the_search_index() {
        assertThatThrownBy(() -> navigate(ConflictsView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(ConflictsView.class);
        assertThatThrownBy(() -> navigate(SearchIndexView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(SearchIndexView.class);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_administrator_checks_the_index_against_the_database() {
        SearchIndexView view = navigate(SearchIndexView.class);
        test(view.check).click();
        assertThat(view.report.isVisible()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Index and database agree.");
        assertThat(view.report.getGenericDataView().getItems().map(c -> c.entity()).toList())
                .containsExactlyInAnyOrder("Quote", "PairLabel");
    }
}
