package org.verbatim.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.support.Newsroom.said;

import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.support.Newsroom;
import org.verbatim.support.VerbatimIntegrationTest;

/** A search kept in the address: what is typed, chosen and paged shows in it, and an address opened runs it. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class SearchAddressTest extends SpringBrowserlessTest {

    @Autowired
    Newsroom newsroom;

    /** An article by two speakers of different affiliations, each saying {@code count} things with {@code m}. */
    private String twoSpeakers(String m, int count) {
        long ana = newsroom.speaker("Ana Kovac " + m);
        long ben = newsroom.speaker("Ben Osei " + m);
        Newsroom.Said[] said = IntStream.range(0, count * 2)
                .mapToObj(i -> said(i % 2 == 0 ? ana : ben, "Ferry fares " + m + " rise by " + i + " cents"))
                .toArray(Newsroom.Said[]::new);
        newsroom.article("Ferries " + m, null, said);
        return "Ana Kovac " + m;
    }

    private SearchView searchFor(String words) {
        SearchView view = navigate(SearchView.class);
        test(view.query).setValue(words);
        view.run();
        return view;
    }

    private void choose(SearchView view, String speaker) {
        var speakers = view.facets.get(Facet.SPEAKER);
        QuoteSearch.FacetValue value = speakers.getListDataView().getItems()
                .filter(v -> v.label().equals(speaker)).findFirst().orElseThrow();
        test(speakers).selectItem(value.label() + " (" + value.count() + ")");
    }

    /** Opens an address as a browser would: the route and its query parameters. */
    private SearchView open(String address) {
        int query = address.indexOf('?');
        UI.getCurrent().navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        return (SearchView) getCurrentView();
    }

    private String address() {
        return UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void the_words_and_the_chosen_facets_go_into_the_address() {
        String m = Newsroom.unique();
        String ana = twoSpeakers(m, 2);
        SearchView view = searchFor("fares " + m);

        assertThat(address()).isEqualTo("search?q=fares%20" + m);
        assertThat(view.summary.getText()).isEqualTo("4 statements");

        choose(view, ana);

        assertThat(address()).startsWith("search?q=fares%20" + m + "&speaker=");
        assertThat(view.summary.getText()).isEqualTo("2 statements");
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_address_opened_runs_its_search_with_its_facets_chosen() {
        String m = Newsroom.unique();
        String ana = twoSpeakers(m, 2);
        choose(searchFor("fares " + m), ana);
        String shared = address();

        // someone else opens the copied address
        navigate(TimelineView.class);
        SearchView opened = open(shared);

        assertThat(opened.query.getValue()).isEqualTo("fares " + m);
        assertThat(opened.summary.getText()).isEqualTo("2 statements");
        assertThat(opened.facets.get(Facet.SPEAKER).getValue()).extracting(QuoteSearch.FacetValue::label)
                .containsExactly(ana);
        assertThat(opened.results.getElement().getOuterHTML()).doesNotContain("Ben Osei " + m);
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void the_page_is_in_the_address_and_next_and_previous_move_it() {
        String m = Newsroom.unique();
        twoSpeakers(m, 26);

        SearchView view = open("search?q=fares%20" + m + "&page=2");
        assertThat(view.summary.getText()).isEqualTo("52 statements · 51–52");
        assertThat(view.results.getChildren().count()).isEqualTo(2);
        assertThat(view.next.isVisible()).isFalse();

        test(view.previous).click();
        assertThat(address()).isEqualTo("search?q=fares%20" + m);
        assertThat(view.results.getChildren().count()).isEqualTo(SearchView.PAGE_SIZE);
        assertThat(view.previous.isVisible()).isFalse();

        test(view.next).click();
        assertThat(address()).isEqualTo("search?q=fares%20" + m + "&page=2");
        assertThat(view.summary.getText()).isEqualTo("52 statements · 51–52");
    }
}
