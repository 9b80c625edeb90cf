package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.support.VerbatimIntegrationTest;

/** Search over the demo articles: analysis, facets, highlights, timelines, related statements, bad queries. */
@VerbatimIntegrationTest
@WithMockUser(username = "fiona", roles = "FACT_CHECKER")
class QuoteSearchIT {

    @Autowired
    QuoteSearch search;

    @Autowired
    RelatedStatements related;

    @Autowired
    org.verbatim.support.Newsroom newsroom;

    private java.util.List<Long> ids(String query) {
        var result = search.search(QuoteSearch.Query.of(query));
        assertThat(result.problem()).as(query).isNull();
        return result.hits().stream().map(h -> h.card().quoteId()).toList();
    }

    @Test
    void speaker_names_aliases_and_possessives_are_searched() {
        String m = org.verbatim.support.Newsroom.unique();
        long okafor = newsroom.speaker("Chidi Okafor" + m, "Mr Okafor" + m);
        var said = newsroom.article("Harbour " + m, null,
                org.verbatim.support.Newsroom.said(okafor, "The harbour toll " + m + " will stay as it is"));
        long quote = said.quoteIds().getFirst();
        assertThat(ids("Okafor" + m + " harbour")).contains(quote);
        assertThat(ids("Okafor" + m + "'s toll")).contains(quote);
        assertThat(ids("Okafor" + m + "’s")).contains(quote);
    }

    @Test
    void demonyms_find_their_country_and_acronyms_their_expansion_both_ways() {
        String m = org.verbatim.support.Newsroom.unique();
        long speaker = newsroom.speaker("Lena Varga" + m);
        var said = newsroom.article("Ferries " + m, null,
                org.verbatim.support.Newsroom.said(speaker, "France will cut ferry fares " + m),
                org.verbatim.support.Newsroom.said(speaker, "The French navy " + m + " will escort them"),
                org.verbatim.support.Newsroom.said(speaker, "GDP grew by two percent " + m),
                org.verbatim.support.Newsroom.said(speaker, "Gross domestic product " + m + " fell in spring"));
        var q = said.quoteIds();
        assertThat(ids("French " + m)).contains(q.get(0), q.get(1));
        assertThat(ids("France " + m)).contains(q.get(0), q.get(1));
        assertThat(ids("gross domestic product " + m)).contains(q.get(2), q.get(3));
        assertThat(ids("GDP " + m)).contains(q.get(2), q.get(3));
    }

    @Test
    void most_words_must_match_and_statements_with_all_of_them_come_first() {
        String m = org.verbatim.support.Newsroom.unique().replaceAll("\\d", "");
        long speaker = newsroom.speaker("Ivo Brandt" + m);
        String wind = m + "wind";
        String farm = m + "farm";
        String subsidies = m + "subsidies";
        var said = newsroom.article("Energy " + m, null,
                org.verbatim.support.Newsroom.said(speaker, "The " + wind + " " + farm + " opened"),
                org.verbatim.support.Newsroom.said(speaker, "The " + wind + " " + farm + " " + subsidies + " end"),
                org.verbatim.support.Newsroom.said(speaker, "The " + wind + " blew"));
        var q = said.quoteIds();
        var found = ids(wind + " " + farm + " " + subsidies);
        assertThat(found).startsWith(q.get(1)).contains(q.get(0)).doesNotContain(q.get(2));
        assertThat(found.indexOf(q.get(1))).isLessThan(found.indexOf(q.get(0)));
        // two words: both must match
        assertThat(ids(wind + " " + subsidies)).containsExactly(q.get(1));
    }

    @Test
    void an_exclusion_excludes_the_speaker_too() {
        String m = org.verbatim.support.Newsroom.unique();
        long okafor = newsroom.speaker("Ngozi Okafor" + m);
        long other = newsroom.speaker("Ada Holm" + m);
        var said = newsroom.article("Tolls " + m, null,
                org.verbatim.support.Newsroom.said(okafor, "Bridge tolls " + m + " must go"),
                org.verbatim.support.Newsroom.said(other, "Bridge tolls " + m + " must stay"));
        var q = said.quoteIds();
        assertThat(ids("tolls " + m)).contains(q.get(0), q.get(1));
        assertThat(ids("tolls " + m + " -Okafor" + m)).contains(q.get(1)).doesNotContain(q.get(0));
    }

    @Test
    void us_usa_and_united_states_find_the_same_statements() {
        var dotted = search.search(QuoteSearch.Query.of("U.S."));
        var plain = search.search(QuoteSearch.Query.of("US"));
        var words = search.search(QuoteSearch.Query.of("United States"));
        assertThat(dotted.total()).isPositive();
        assertThat(plain.hits()).extracting(h -> h.card().quoteId())
                .containsExactlyInAnyOrderElementsOf(dotted.hits().stream().map(h -> h.card().quoteId()).toList());
        assertThat(words.hits()).extracting(h -> h.card().quoteId())
                .containsExactlyInAnyOrderElementsOf(dotted.hits().stream().map(h -> h.card().quoteId()).toList());
        assertThat(dotted.hits()).anySatisfy(h -> assertThat(h.highlight()).contains("<mark>United States</mark>"));
    }

    @Test
    void counting_facets_on_lucene_gives_what_hibernate_search_aggregations_give() {
        for (String words : new String[]{"", "Taliban", "talks negotiations", "Iran", "\"terrorist entity\"",
                "Kanaani | Zarif", "-Taliban"}) {
            for (Map<Facet, Set<String>> chosen : java.util.List.<Map<Facet, Set<String>>>of(Map.of(),
                    Map.of(Facet.STATUS, Set.of("PENDING", "CONFIRMED")))) {
                var query = new QuoteSearch.Query(words, chosen, 0, 200);
                var counted = search.search(query);
                var aggregated = search.searchWithAggregations(query);
                assertThat(counted.problem()).isNull();
                assertThat(counted.total()).as(words).isEqualTo(aggregated.total());
                assertThat(counted.hits()).extracting(h -> h.card().quoteId()).as(words)
                        .containsExactlyInAnyOrderElementsOf(aggregated.hits().stream().map(h -> h.card().quoteId())
                                .toList());
                for (Facet facet : Facet.values()) {
                    assertThat(counted.facets().get(facet)).as(words + " " + facet)
                            .containsExactlyInAnyOrderElementsOf(aggregated.facets().get(facet));
                }
            }
        }
        assertThat(search.search(QuoteSearch.Query.of("")).facets().get(Facet.SPEAKER)).isNotEmpty();
    }

    @Test
    void stemming_finds_negotiating_for_negotiations() {
        assertThat(search.search(QuoteSearch.Query.of("negotiating")).hits())
                .anySatisfy(h -> assertThat(h.card().text()).contains("negotiations"));
    }

    @Test
    void a_transliteration_without_the_apostrophe_finds_the_speaker() {
        var result = search.search(QuoteSearch.Query.of("Kanaani"));
        assertThat(result.hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.card().speakerName()).isEqualTo("Kan’ani"));
    }

    @Test
    void facets_count_speakers_affiliations_across_spellings_months_statuses_and_narrow_the_hits() {
        var all = search.search(QuoteSearch.Query.of("Taliban"));
        var affiliations = all.facets().get(Facet.AFFILIATION);
        var iran = affiliations.stream().filter(v -> v.label().equals("Iran")).findFirst().orElseThrow();
        assertThat(iran.count()).isGreaterThanOrEqualTo(2);     // Zarif ("Iranian") and Shamkhani's regime
        assertThat(all.facets().get(Facet.SPEAKER)).extracting(QuoteSearch.FacetValue::value).contains("Khatibzadeh");
        assertThat(all.facets().get(Facet.MONTH)).extracting(QuoteSearch.FacetValue::label)
                .contains("January 2021", "February 2021");
        assertThat(all.facets().get(Facet.STATUS)).extracting(QuoteSearch.FacetValue::value).contains("PENDING");

        var narrowed = search.search(new QuoteSearch.Query("Taliban", Map.of(Facet.AFFILIATION, Set.of(iran.value())),
                0, 50));
        assertThat(narrowed.total()).isEqualTo(iran.count());
        assertThat(narrowed.hits()).allSatisfy(h -> assertThat(h.card().speakerName()).isNotNull());
    }

    @Test
    void a_malformed_query_gives_a_message_not_an_error() {
        for (String bad : new String[]{"taliban~9", "\"unclosed phrase", "(((", "*", "-", "a ~ | ( -"}) {
            var result = search.search(QuoteSearch.Query.of(bad));
            if (result.problem() != null) {
                assertThat(result.problem()).startsWith("Verbatim could not read the query").doesNotContain("Exception");
                assertThat(result.hits()).isEmpty();
            }
        }
        assertThat(search.search(QuoteSearch.Query.of("taliban ".repeat(100))).problem())
                .contains("800 characters").contains("shorten").doesNotContain("taliban");
    }

    @Test
    void the_timeline_of_an_affiliation_lists_its_officials_by_date() {
        String iran = search.affiliationKeyOf("Iranian");
        var timeline = search.timeline(new QuoteSearch.Timeline(null, iran, "Taliban"));
        assertThat(timeline).extracting(h -> h.card().speakerName()).contains("Mohammad Javad Zarif");
        var dates = timeline.stream().map(h -> h.card().publishedOn()).filter(java.util.Objects::nonNull).toList();
        assertThat(dates).isSorted();
        assertThatThrownBy(() -> search.timeline(new QuoteSearch.Timeline(null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void related_statements_come_from_other_articles_with_the_words_they_share() {
        var zarif = search.search(QuoteSearch.Query.of("\"still a terrorist entity\"")).hits().getFirst();
        var found = related.relatedTo(zarif.card().quoteId(), 5);
        assertThat(found).isNotEmpty()
                .allSatisfy(r -> assertThat(r.card().articleId()).isNotEqualTo(zarif.card().articleId()));
        assertThat(found).anySatisfy(r -> assertThat(r.sharedWords()).contains("taliban"));
    }
}
