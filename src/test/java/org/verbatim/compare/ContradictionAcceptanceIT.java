package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Issues 5 and 12's acceptance on the demo articles: the search finds the foreign minister's "still a terrorist
 * entity", and the best contradiction candidate for it is a statement by another official of the same government that
 * deals with the group as a negotiating party. Nothing in src/main names these people, the country or the topic.
 */
@VerbatimIntegrationTest
class ContradictionAcceptanceIT {

    @Autowired
    QuoteSearch search;

    @Autowired
    ContradictionFinder finder;

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void taliban_terrorist_finds_zarif_and_his_colleague_dealing_with_the_taliban_ranks_first() {
        var result = search.search(QuoteSearch.Query.of("Taliban terrorist"));
        assertThat(result.problem()).isNull();
        var zarif = result.hits().stream()
                .filter(h -> h.card().text().contains("Taliban is still a terrorist entity"))
                .findFirst().orElseThrow(() -> new AssertionError("Zarif's statement not found: " + result.hits()));
        assertThat(zarif.card().speakerName()).contains("Zarif");
        assertThat(zarif.highlight()).contains("<mark>Taliban</mark>").contains("<mark>terrorist</mark>");

        finder.forQuote(zarif.card().quoteId(), 12).forEach(c -> System.out.printf("ALL %.3f %s [%s] | %s | %s%n",
                c.score(), c.second().speakerName(), c.groupLabel(), c.second().text(), c.reasons()));
        List<ContradictionFinder.Candidate> top = finder.forQuote(zarif.card().quoteId(), 5);
        top.forEach(c -> System.out.printf("%.3f %s | %s | %s%n", c.score(), c.second().speakerName(),
                c.second().text(), c.reasons()));
        assertThat(top).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(top.getFirst()).satisfies(c -> {
            assertThat(c.second().speakerName()).containsAnyOf("Khatibzadeh", "Shamkhani");
            assertThat(c.second().text()).containsAnyOf("negotiations", "offices", "reality", "delegation");
            assertThat(c.reasons()).anyMatch(r -> r.startsWith("Standing: one casts Taliban as an outlaw"));
        });
    }
}
