package org.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.security.Role;
import org.verbatim.support.MariaDbServer;
import org.verbatim.support.RunAs;
import org.verbatim.support.TwoNodes;
import org.verbatim.support.VerbatimNode;
import org.verbatim.support.VerbatimProcess;

/**
 * Verbatim on an external MariaDB server (Debian's 10.11, through Connector/J, with the README's two accounts), two
 * nodes (one in this JVM, one in a JVM of its own) started at once on its empty database: both come up, the schema is
 * migrated once, the first administrator and the demo articles are created once, and what one node stores the other
 * reads.
 */
class ExternalMariaDbIT {

    static MariaDbServer.Database database;
    static TwoNodes nodes;
    static VerbatimNode a;
    static VerbatimProcess b;

    @BeforeAll
    static void two_nodes_start_at_once_on_an_empty_database() {
        database = MariaDbServer.get().newDatabase("external");
        // node b in a JVM of its own, node a in this one, both starting now on the empty database
        nodes = TwoNodes.start(database, VerbatimNode.lucene());
        a = nodes.a();
        b = nodes.b();
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void both_nodes_run_and_the_first_administrator_and_demo_articles_exist_once() throws Exception {
        assertThat(a.context().isRunning()).isTrue();
        assertThat(b.get("/api/articles?size=1", "admin", VerbatimNode.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        try (Connection c = MariaDbServer.get().root(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from " + database.name() + ".app_user")).isEqualTo(1);
            assertThat(count(s, "select count(*) from " + database.name() + ".app_user where username = 'admin'"))
                    .isEqualTo(1);
            assertThat(count(s, "select count(*) from " + database.name() + ".article where source_name like 'demo/%'")).isEqualTo(5);
            assertThat(count(s, "select count(*) from " + database.name()
                    + ".flyway_schema_history where success = 1 and version = '90'")).isEqualTo(1);
        }
    }

    @Test
    void verbatim_talks_to_mariadb_10_11_through_connector_j_and_one_node_reads_what_the_other_stored()
            throws IOException, InterruptedException {
        JdbcClient jdbc = a.bean(JdbcClient.class);
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("10.11").contains("MariaDB");
        assertThat(jdbc.sql("select 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDriverName()).single()).contains("MySQL Connector/J");

        ImportOutcome outcome = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(ArticleImporter.class)
                .importText("“The ferry will run all winter,” said Ferry Director Imke Salvo on Monday in Harrowgate.",
                        ArticleImporter.Details.none("external-db")));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        HttpResponse<String> onB = b.get("/api/articles/" + outcome.articleId(), "admin", VerbatimNode.ADMIN_PASSWORD);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(onB.body()).contains("The ferry will run all winter").contains("Imke Salvo");
        // each node on Lucene has its own index: node a's search finds it
        var hits = RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(QuoteSearch.class)
                .search(QuoteSearch.Query.of("ferry winter")));
        assertThat(hits.total()).isPositive();
    }

    @Test
    void one_speaker_quoted_in_articles_imported_through_both_nodes_at_once_is_one_speaker() throws Exception {
        int perNode = 6;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> imports = new ArrayList<>();
        try {
            for (int i = 0; i < perNode; i++) {
                String onA = "“The tide gauge at pier %d is broken,” said harbour master Edda Korsholm on Friday.".formatted(i);
                String onB = "“Pier %d will reopen in the spring,” said harbour master Edda Korsholm on Saturday.".formatted(i);
                imports.add(pool.submit(() -> RunAs.user("fiona", Role.FACT_CHECKER).call(() -> a.bean(
                        ArticleImporter.class).importText(onA, ArticleImporter.Details.none("race-a"))).status().name()));
                imports.add(pool.submit(() -> {
                    HttpResponse<String> r = b.post("/api/articles", "text/plain", onB, "admin", VerbatimNode.ADMIN_PASSWORD);
                    return r.statusCode() == 201 ? "IMPORTED" : r.statusCode() + " " + r.body();
                }));
            }
            for (Future<String> f : imports) {
                assertThat(f.get(3, TimeUnit.MINUTES)).isEqualTo("IMPORTED");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from speaker where canonical_name = 'Edda Korsholm'")).isEqualTo(1);
            assertThat(count(s, "select count(*) from quote q join speaker p on p.id = q.speaker_id"
                    + " where p.canonical_name = 'Edda Korsholm'")).isEqualTo(2L * perNode);
        }
    }

    @Test
    void the_application_account_may_add_to_the_audit_trail_but_not_rewrite_it() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from revision_info")).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("update revision_info set reason = 'rewritten'"))
                    .hasMessageContaining("command denied");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
