package org.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.security.Role;
import org.verbatim.support.MariaDbServer;
import org.verbatim.support.OpenSearchNode;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimNode;

/**
 * Verbatim on the Elasticsearch backend against a real OpenSearch 2.19 node (started by the test support from Maven
 * Central's jars) and the external MariaDB: the indexes are created with Verbatim's analyzers under the configured
 * prefix, behind read and write aliases; what is imported is found, with its facets, through the analyzers.
 */
class OpenSearchIT {

    static String prefix;
    static VerbatimNode node;

    @BeforeAll
    static void start() {
        prefix = OpenSearchNode.newPrefix("opensearch-it");
        node = VerbatimNode.start("a", MariaDbServer.get().newDatabase("opensearch"), VerbatimNode.openSearch(prefix));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        OpenSearchNode.get().delete("/" + prefix + "*");
    }

    @Test
    void the_indexes_are_created_under_the_prefix_with_verbatims_analyzers_behind_read_and_write_aliases() {
        String aliases = OpenSearchNode.get().get("/_cat/aliases/" + prefix + "*?h=alias,index").replaceAll(" +", " ");
        assertThat(aliases).contains(prefix + "quote-read " + prefix + "quote-000001")
                .contains(prefix + "quote-write " + prefix + "quote-000001");
        String settings = OpenSearchNode.get().get("/" + prefix + "quote-read/_settings");
        assertThat(settings).contains("\"english\"").contains("\"name\"").contains("vb_english_synonyms")
                .contains("vb_doubled_letters");
        String mapping = OpenSearchNode.get().get("/" + prefix + "quote-read/_mapping");
        assertThat(mapping).contains("\"analyzer\":\"english\"").contains("\"normalizer\":\"sort\"");
    }

    @Test
    void an_imported_quote_is_found_through_the_analyzers_with_its_facets() {
        ImportOutcome outcome = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> node.bean(ArticleImporter.class)
                .importText("“The U.S. lighthouses of Skarvik will stay lit,” said Harbour Warden Oona Kan’ani on"
                                + " Tuesday. “Skarvik’s ferries run until May,” Kan’ani added.",
                        new ArticleImporter.Details("Skarvik lights", "Skarvik Courier", LocalDate.of(2026, 3, 4),
                                null, "opensearch-it")));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);

        QuoteSearch search = node.bean(QuoteSearch.class);
        var stemmed = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> search.search(QuoteSearch.Query.of(
                "lighthouse Skarvik")));
        assertThat(stemmed.problem()).isNull();
        assertThat(stemmed.total()).isEqualTo(1);
        assertThat(stemmed.hits().getFirst().card().text()).contains("lighthouses of Skarvik");
        // synonyms travel inline to the cluster; names ignore apostrophes and doubled letters
        assertThat(RunAs.user("fiona", Role.FACT_CHECKER).call(() -> search.search(QuoteSearch.Query.of(
                "\"United States\" Skarvik"))).total()).isEqualTo(1);
        var byName = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> search.search(QuoteSearch.Query.of(
                "Kanaani Skarvik")));
        assertThat(byName.total()).isEqualTo(2);

        assertThat(byName.facets().get(Facet.PUBLISHER)).extracting(QuoteSearch.FacetValue::value,
                QuoteSearch.FacetValue::count).containsExactly(org.assertj.core.groups.Tuple.tuple("Skarvik Courier", 2L));
        assertThat(byName.facets().get(Facet.SPEAKER)).singleElement()
                .satisfies(v -> assertThat(v.label()).contains("Kan’ani")).extracting(QuoteSearch.FacetValue::count)
                .isEqualTo(2L);
        // a chosen facet narrows the hits to it (the demo articles are on the node too)
        var all = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> search.search(new QuoteSearch.Query("",
                Map.of(Facet.PUBLISHER, Set.of("Skarvik Courier")), 0, 50)));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.hits()).allSatisfy(h -> assertThat(h.card().publisher()).isEqualTo("Skarvik Courier"));
    }
}
