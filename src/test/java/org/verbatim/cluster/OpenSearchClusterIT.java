package org.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.security.Role;
import org.verbatim.support.MariaDbServer;
import org.verbatim.support.OpenSearchNode;
import org.verbatim.support.RunAs;
import org.verbatim.support.TwoNodes;
import org.verbatim.support.VerbatimNode;
import org.verbatim.support.VerbatimProcess;

/**
 * Two Verbatim nodes on the Elasticsearch backend, as a newsroom runs several behind a load balancer: node a in this
 * JVM, node b in a JVM of its own, on the external MariaDB and a real OpenSearch 2.19 node (started by the test support
 * from Maven Central's jars). The indexes are created with Verbatim's analyzers under the configured prefix; index
 * work goes through the database's outbox, so what one node writes the other finds within seconds (about 1-2 s on a
 * quiet machine, printed by the test; the bound asserted is loose, as timings on a loaded CI machine are), and a node
 * killed in the middle of an import loses no index entry (the other node's event processor applies its events).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterIT {

    /** Far above the 1-2 s measured: fails when the other node never sees a write, not when the machine is busy. */
    private static final Duration SEEN_ON_THE_OTHER_NODE_WITHIN = Duration.ofSeconds(15);

    static String prefix;
    static MariaDbServer.Database database;
    static TwoNodes nodes;
    static VerbatimNode a;
    static VerbatimProcess b;
    /** A node on the Lucene default, its own database, for comparing the backends on the same articles. */
    static VerbatimNode onLucene;

    @BeforeAll
    static void start() {
        prefix = OpenSearchNode.newPrefix("cluster-it");
        database = MariaDbServer.get().newDatabase("opensearch");
        Map<String, Object> properties = new HashMap<>(VerbatimNode.openSearch(prefix));
        // a dead node's share of the outbox goes to the others once its agent's pulse has expired (30 s by default)
        properties.put("spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval", "500");
        properties.put("spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration", "4000");
        nodes = TwoNodes.start(database, properties);
        a = nodes.a();
        b = nodes.b();
        onLucene = VerbatimNode.start("lucene", MariaDbServer.get().newDatabase("parity"), VerbatimNode.lucene());
    }

    @AfterAll
    static void stop() {
        if (onLucene != null) {
            onLucene.close();
        }
        if (nodes != null) {
            nodes.close();
        }
        OpenSearchNode.get().delete("/" + prefix + "*");
    }

    @Test
    @Order(1)
    void the_indexes_are_created_under_the_prefix_with_verbatims_analyzers_behind_read_and_write_aliases() {
        // the first start rebuilt the (empty) index once, into a second generation
        String live = liveIndex("quote");
        assertThat(live).matches(java.util.regex.Pattern.quote(prefix + "quote-") + "\\d{6}");
        String aliases = OpenSearchNode.get().get("/_cat/aliases/" + prefix + "*?h=alias,index").replaceAll(" +", " ");
        assertThat(aliases).contains(prefix + "quote-write " + live).contains(prefix + "pairlabel-read "
                + prefix + "pairlabel-0");
        String settings = OpenSearchNode.get().get("/" + live + "/_settings");
        assertThat(settings).contains("\"english\"").contains("\"name\"").contains("vb_english_synonyms")
                .contains("vb_doubled_letters");
        String mapping = OpenSearchNode.get().get("/" + prefix + "quote-read/_mapping");
        assertThat(mapping).contains("\"analyzer\":\"english\"").contains("\"analyzer\":\"name\"");
    }

    @Test
    @Order(2)
    void every_kind_of_query_finds_the_same_quotes_with_the_same_facet_counts_on_lucene_and_opensearch() {
        // before the other tests add their articles to a: both nodes then hold the demo articles and these
        BackendParity.importAll(a);
        BackendParity.importAll(onLucene);
        List<String> differences = new ArrayList<>();
        for (String words : BackendParity.QUERIES) {
            for (var chosen : BackendParity.CHOSEN) {
                var query = new QuoteSearch.Query(words, chosen, 0, 200);
                var lucene = BackendParity.found(onLucene, query);
                var openSearch = BackendParity.found(a, query);
                if (!lucene.equals(openSearch)) {
                    differences.add("«" + words + "» " + chosen.keySet() + ":\n  lucene     " + lucene
                            + "\n  opensearch " + openSearch);
                }
            }
        }
        assertThat(differences).isEmpty();
        // and what they agree on is what the Search screen promises
        assertThat(BackendParity.found(a, QuoteSearch.Query.of("Okafor's")).total()).isEqualTo(3);
        assertThat(BackendParity.found(a, QuoteSearch.Query.of("French")).total()).isEqualTo(2);
        assertThat(BackendParity.found(a, QuoteSearch.Query.of("GDP")).total()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void a_quote_gets_the_same_contradiction_candidates_on_lucene_and_opensearch() {
        List<String> differences = new ArrayList<>();
        int candidates = 0;
        for (String words : BackendParity.CANDIDATES_OF) {
            String text = BackendParity.bestHit(onLucene, words);
            var lucene = BackendParity.candidates(onLucene, text);
            BackendParity.differences(lucene, BackendParity.candidates(a, text))
                    .forEach(d -> differences.add(text + ": " + d));
            candidates += lucene.size();
        }
        assertThat(differences).isEmpty();
        assertThat(candidates).as("candidates compared").isGreaterThan(10);
        onLucene.close();
        onLucene = null;
    }

    @Test
    @Order(4)
    void an_imported_quote_is_found_through_the_analyzers_with_its_facets() {
        ImportOutcome outcome = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(ArticleImporter.class)
                .importText("“The U.S. lighthouses of Skarvik will stay lit,” said Harbour Warden Oona Kan’ani on"
                                + " Tuesday. “Skarvik’s ferries run until May,” Kan’ani added.",
                        new ArticleImporter.Details("Skarvik lights", "Skarvik Courier", LocalDate.of(2026, 3, 4),
                                null, "cluster-it")));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        a.bean(SearchIndex.class).awaitWrites();

        var stemmed = search("lighthouse Skarvik");
        assertThat(stemmed.problem()).isNull();
        assertThat(stemmed.total()).isEqualTo(1);
        assertThat(stemmed.hits().getFirst().card().text()).contains("lighthouses of Skarvik");
        // synonyms travel inline to the cluster; names ignore apostrophes and doubled letters
        assertThat(search("\"United States\" Skarvik").total()).isEqualTo(1);
        var byName = search("Kanaani Skarvik");
        assertThat(byName.total()).isEqualTo(2);
        assertThat(byName.facets().get(Facet.PUBLISHER)).extracting(QuoteSearch.FacetValue::value,
                QuoteSearch.FacetValue::count).containsExactly(Tuple.tuple("Skarvik Courier", 2L));
        assertThat(byName.facets().get(Facet.SPEAKER)).singleElement()
                .satisfies(v -> assertThat(v.label()).contains("Kan’ani")).extracting(QuoteSearch.FacetValue::count)
                .isEqualTo(2L);
        // a chosen facet narrows the hits to it (the demo articles are in the index too)
        var narrowed = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(QuoteSearch.class).search(
                new QuoteSearch.Query("", Map.of(Facet.PUBLISHER, Set.of("Skarvik Courier")), 0, 50)));
        assertThat(narrowed.total()).isEqualTo(2);
        assertThat(search("").total()).isGreaterThan(2);
    }

    @Test
    @Order(5)
    void what_one_node_writes_the_other_finds_within_seconds() throws Exception {
        // imported through b's API, found by a's search
        long imported = System.nanoTime();
        HttpResponse<String> posted = b.post("/api/articles", "text/plain",
                "“The Vellmar tunnel opens in June,” said Transport Minister Aino Rask on Monday.", "admin",
                VerbatimNode.ADMIN_PASSWORD);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        Duration toA = until(() -> search("Vellmar tunnel").total() == 1);
        assertThat(toA).as("b's import found on a after").isLessThanOrEqualTo(SEEN_ON_THE_OTHER_NODE_WITHIN);

        // confirmed through a, found confirmed by b's API
        var quote = search("Vellmar tunnel").hits().getFirst().card();
        RunAs.user("fiona", Role.FACT_CHECKER).run(() -> a.bean(org.verbatim.review.ReviewWorkflow.class)
                .confirm(quote.quoteId(), quote.version()));
        Duration toB = until(() -> bSearch("Vellmar tunnel", "CONFIRMED").contains("\"total\":1"));
        assertThat(toB).as("a's edit found on b after").isLessThanOrEqualTo(SEEN_ON_THE_OTHER_NODE_WITHIN);
        System.out.printf("Seen on the other node after: import b→a %d ms, confirm a→b %d ms (%d ms since b's import"
                + " began)%n", toA.toMillis(), toB.toMillis(), Duration.ofNanos(System.nanoTime() - imported).toMillis());
    }

    @Test
    @Order(6)
    void a_rebuild_on_one_node_never_leaves_the_other_with_fewer_hits() throws Exception {
        RunAs.user("fiona", Role.FACT_CHECKER).run(() -> {
            for (int i = 0; i < 12; i++) {
                assertThat(a.bean(ArticleImporter.class).importText(("“The Vossmark dam %d will hold,” said Dam"
                        + " Engineer Runa Aalto.").formatted(i), ArticleImporter.Details.none("rebuild-" + i)).status())
                        .isEqualTo(ImportOutcome.Status.IMPORTED);
            }
        });
        a.bean(SearchIndex.class).awaitWrites();
        long expected = bTotal("Vossmark");
        assertThat(expected).isEqualTo(12);
        String before = liveIndex("quote");

        List<Throwable> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread rebuild = new Thread(() -> RunAs.user("root", Role.ADMIN).run(() -> {
            try {
                a.bean(org.verbatim.base.search.IndexMaintenance.class).rebuild(progress -> { });
            } catch (InterruptedException | RuntimeException e) {
                failed.add(e);
            }
        }), "rebuild-on-a");
        List<Long> seenOnB = new ArrayList<>();
        rebuild.start();
        while (rebuild.isAlive()) {
            seenOnB.add(bTotal("Vossmark"));
        }
        seenOnB.add(bTotal("Vossmark"));
        assertThat(failed).isEmpty();
        System.out.printf("Searches on b during a's rebuild: %d%n", seenOnB.size());
        assertThat(seenOnB).hasSizeGreaterThan(1).allSatisfy(total -> assertThat(total).isEqualTo(expected));
        String after = liveIndex("quote");
        assertThat(after).isNotEqualTo(before).isEqualTo(prefix + "quote-%06d".formatted(
                Integer.parseInt(before.substring(before.length() - 6)) + 1));
        assertThat(OpenSearchNode.get().get("/_cat/indices/" + prefix + "*?h=index")).doesNotContain(before);
    }

    @Test
    @Order(7)
    void a_document_lost_from_the_cluster_is_found_and_repaired_through_the_outbox() {
        long quote = search("Vossmark dam").hits().getFirst().card().quoteId();
        OpenSearchNode.get().delete("/" + prefix + "quote-write/_doc/" + quote + "?refresh=true");
        assertThat(search("Vossmark dam").total()).isEqualTo(11);

        var report = RunAs.user("root", Role.ADMIN).call(() -> a.bean(org.verbatim.base.search.IndexMaintenance.class)
                .check(true));
        assertThat(report.entities()).anySatisfy(e -> assertThat(e.missingSample()).containsExactly(quote));
        a.bean(SearchIndex.class).awaitWrites();
        assertThat(search("Vossmark dam").total()).isEqualTo(12);
        assertThat(a.bean(SearchIndex.class).compare()).allSatisfy(d -> assertThat(d.consistent()).isTrue());
    }

    @Test
    @Order(8)
    void counts_of_index_and_database_wait_for_the_outbox_instead_of_reporting_a_difference() throws Exception {
        SearchIndex index = a.bean(SearchIndex.class);
        try (java.sql.Connection held = MariaDbServer.get().root()) {
            // the event processors are held up: each pulse takes its agent's row, which this transaction locks
            held.setAutoCommit(false);
            try (var s = held.createStatement()) {
                s.executeQuery("select id from " + database.name() + ".hsearch_agent for update").close();
            }
            Thread.sleep(1000);     // every processor's next pulse (each 500 ms here) is now waiting for the lock
            RunAs.user("fiona", Role.FACT_CHECKER).run(() -> assertThat(a.bean(ArticleImporter.class).importText(
                    "“The Halloway weir will be raised,” said River Warden Ines Moberg.",
                    ArticleImporter.Details.none("outbox-lag")).status()).isEqualTo(ImportOutcome.Status.IMPORTED));
            // counted at once, the index lags: what the start-up check and import's summary called DIFFERENT
            assertThat(index.counts()).anySatisfy(c -> assertThat(c.consistent()).as(c.toString()).isFalse());

            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1000);
                    held.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "release-the-outbox");
            long began = System.nanoTime();
            release.start();
            var settled = index.settledCounts();
            release.join();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("waited for the processors")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(settled).allSatisfy(c -> assertThat(c.consistent()).as(c.toString()).isTrue());
        }
        assertThat(search("Halloway weir").total()).isEqualTo(1);
    }

    @Test
    @Order(10)
    void a_node_killed_in_the_middle_of_an_import_loses_no_index_entry() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread importing = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                try {
                    HttpResponse<String> r = b.post("/api/articles", "text/plain", ("“Quay %d of Orrin will be"
                            + " dredged in week %d,” said Port Engineer Tove Lindqvist.").formatted(i, i),
                            "admin", VerbatimNode.ADMIN_PASSWORD);
                    if (r.statusCode() == 201) {
                        stored.incrementAndGet();
                    }
                } catch (IOException killed) {
                    return;
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    failures.add(e);
                    return;
                }
            }
        }, "importing-through-b");
        importing.start();
        until(() -> stored.get() >= 8);
        b.kill();
        importing.join(30_000);
        assertThat(failures).isEmpty();
        assertThat(stored.get()).as("articles b stored before it was killed").isBetween(8, 199);

        // a's event processor takes over b's share of the outbox once b's agent has expired
        a.bean(SearchIndex.class).awaitWrites();
        var differences = a.bean(SearchIndex.class).compare();
        assertThat(differences).allSatisfy(d -> {
            assertThat(d.missing()).as(d.entity() + " rows without a document").isEmpty();
            assertThat(d.stray()).as(d.entity() + " documents without a row").isEmpty();
        });
        assertThat(search("Orrin dredged").total()).isGreaterThanOrEqualTo(stored.get());
    }

    private static QuoteSearch.Result search(String words) {
        return RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(QuoteSearch.class)
                .search(QuoteSearch.Query.of(words)));
    }

    /** The index behind the read alias of index {@code name}. */
    private static String liveIndex(String name) {
        String aliases = OpenSearchNode.get().get("/_cat/aliases/" + prefix + name + "-read?h=index").strip();
        assertThat(aliases.lines()).hasSize(1);
        return aliases;
    }

    private static long bTotal(String words) {
        try {
            HttpResponse<String> r = b.get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
                    "admin", VerbatimNode.ADMIN_PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            var total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
            assertThat(total.find()).as(r.body()).isTrue();
            return Long.parseLong(total.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bSearch(String words, String status) {
        try {
            HttpResponse<String> r = b.get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                    + "&status=" + status, "admin", VerbatimNode.ADMIN_PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How long {@code condition} took to hold, polled every 20 ms; fails after a minute. */
    private static Duration until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long started = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - started > Duration.ofMinutes(1).toNanos()) {
                throw new AssertionError("Not so after a minute");
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
