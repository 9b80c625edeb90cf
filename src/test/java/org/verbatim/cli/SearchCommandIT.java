package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.verbatim.support.VerbatimIntegrationTest;

/** The {@code search} command, on the demo articles every test database has. */
@VerbatimIntegrationTest
class SearchCommandIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void prints_the_best_hits_with_the_matches_marked_and_who_said_them() {
        CommandsAccess.Run run = CommandsAccess.run(context, "search", "--limit", "3", "Taliban", "terrorist");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("[1-9][0-9]* quotes found")
                .contains("**terrorist**")
                .contains("Zarif");
        assertThat(run.out().lines().filter(l -> l.startsWith("#")).count()).isBetween(1L, 3L);
    }

    @Test
    void an_unreadable_query_gets_a_message_and_exit_code_one() {
        CommandsAccess.Run run = CommandsAccess.run(context, "search", "x".repeat(600));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("up to 500 characters");
    }

    @Test
    void the_benchmark_reports_percentiles_of_both_measurements() {
        CommandsAccess.Run run = CommandsAccess.run(context, "search", "--bench", "6", "--seed", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("Faceted search on lucene \\(6 queries, [0-9,]+ hits on average\\): p50 [0-9.]+ ms, p95 [0-9.]+ ms")
                .containsPattern("Contradiction candidates \\(2 quotes, [0-9.]+ candidates each on average\\): p50 [0-9.]+ ms,"
                        + " p95 [0-9.]+ ms");
    }

    @Test
    void a_query_and_the_benchmark_together_are_a_usage_error() {
        assertThat(CommandsAccess.run(context, "search", "--bench", "5", "words").exitCode()).isEqualTo(2);
        assertThat(CommandsAccess.run(context, "search").exitCode()).isEqualTo(2);
    }
}
