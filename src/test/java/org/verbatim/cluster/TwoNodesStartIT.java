package org.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.verbatim.support.MariaDbServer;
import org.verbatim.support.VerbatimNode;

/**
 * Two nodes started at once on one empty external database (Debian's MariaDB 10.11): both come up, the schema is
 * migrated once, the first administrator and the demo articles are created once.
 */
class TwoNodesStartIT {

    @Test
    void two_nodes_starting_on_an_empty_database_create_one_administrator_and_both_run() throws Exception {
        MariaDbServer.Database database = MariaDbServer.get().newDatabase("twostart");
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<CompletableFuture<VerbatimNode>> nodes = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            nodes.add(CompletableFuture.supplyAsync(() -> VerbatimNode.start(name, database, VerbatimNode.lucene()),
                    starting));
        }
        List<VerbatimNode> started = new ArrayList<>();
        try {
            for (CompletableFuture<VerbatimNode> node : nodes) {
                started.add(node.get());
            }
            try (Connection c = MariaDbServer.get().root(); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from " + database.name() + ".app_user")).isEqualTo(1);
                assertThat(count(s, "select count(*) from " + database.name() + ".app_user where username = 'admin'"))
                        .isEqualTo(1);
                assertThat(count(s, "select count(*) from " + database.name() + ".article")).isEqualTo(5);
                assertThat(count(s, "select count(*) from " + database.name()
                        + ".flyway_schema_history where success = 1 and version = '90'")).isEqualTo(1);
            }
            assertThat(started).allSatisfy(n -> assertThat(n.context().isRunning()).isTrue());
        } finally {
            for (CompletableFuture<VerbatimNode> node : nodes) {
                node.thenAccept(VerbatimNode::close);
            }
            starting.shutdown();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
