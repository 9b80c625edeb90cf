package org.verbatim.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.Facet;

class SearchLinkTest {

    @Test
    void a_search_written_to_an_address_reads_back_the_same() {
        SearchLink link = new SearchLink("harbour \"new pier\"", Map.of(Facet.AFFILIATION, Set.of("port-authority"),
                Facet.STATUS, Set.of("APPROVED", "PENDING")), 2);

        String address = link.parameters().getQueryString();

        assertThat(address).contains("q=harbour").contains("affiliation=port-authority")
                .contains("status=APPROVED&status=PENDING").contains("page=3");
        assertThat(SearchLink.of(QueryParameters.fromString(address))).isEqualTo(link);
    }

    @Test
    void the_first_page_and_an_empty_search_leave_the_address_bare() {
        assertThat(new SearchLink("", Map.of(), 0).parameters().getQueryString()).isEmpty();
        assertThat(new SearchLink("tolls", Map.of(), 0).parameters().getQueryString()).isEqualTo("q=tolls");
    }

    @Test
    void unknown_parameters_empty_values_and_pages_that_are_no_number_are_ignored() {
        SearchLink link = SearchLink.of(new QueryParameters(Map.of("q", List.of("tolls"), "colour", List.of("red"),
                "speaker", List.of(" "), "page", List.of("-4x"))));

        assertThat(link).isEqualTo(new SearchLink("tolls", Map.of(), 0));
        assertThat(SearchLink.of(QueryParameters.fromString("page=0")).page()).isZero();
    }
}
