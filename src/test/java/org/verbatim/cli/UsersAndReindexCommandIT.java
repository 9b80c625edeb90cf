package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.security.Role;
import org.verbatim.security.UserAccountRepository;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class UsersAndReindexCommandIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SearchIndex searchIndex;

    CommandsAccess.Run verbatim(String... args) {
        return CommandsAccess.run(context, args);
    }

    @Test
    void users_are_added_with_a_generated_password_shown_once_then_changed_and_disabled() {
        CommandsAccess.Run added = verbatim("users", "add", "cli-carla", "--role", "FACT_CHECKER,EDITOR", "--name", "Carla Cli");
        assertThat(added.exitCode()).as(added.err()).isZero();
        String password = added.out().replaceAll("(?s).*password: (\\S+).*", "$1");
        var carla = users.findByUsername("cli-carla").orElseThrow();
        assertThat(carla.getRoles()).containsExactlyInAnyOrder(Role.FACT_CHECKER, Role.EDITOR);
        assertThat(encoder.matches(password, carla.getPasswordHash())).isTrue();
        assertThat(carla.getPasswordHash()).doesNotContain(password);

        assertThat(verbatim("users", "roles", "cli-carla", "AUDITOR").exitCode()).isZero();
        assertThat(users.findByUsername("cli-carla").orElseThrow().getRoles()).containsExactly(Role.AUDITOR);

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a much longer secret\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(verbatim("users", "password", "cli-carla", "--password-stdin").exitCode()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(encoder.matches("a much longer secret", users.findByUsername("cli-carla").orElseThrow()
                .getPasswordHash())).isTrue();

        assertThat(verbatim("users", "disable", "cli-carla").exitCode()).isZero();
        assertThat(users.findByUsername("cli-carla").orElseThrow().isEnabled()).isFalse();
        assertThat(verbatim("users", "list").out()).contains("cli-carla (Carla Cli) [AUDITOR] DISABLED");

        CommandsAccess.Run duplicate = verbatim("users", "add", "cli-carla", "--role", "EDITOR");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("cli-carla is taken");
        assertThat(verbatim("users").exitCode()).as("a group without its subcommand").isEqualTo(2);
        assertThat(verbatim("users", "add", "x", "--role", "KING").exitCode()).isEqualTo(2);
    }

    @Test
    void reindex_rebuilds_the_index_and_reports_equal_counts() {
        CommandsAccess.Run repair = verbatim("reindex", "--repair");
        assertThat(repair.exitCode()).as(repair.out() + repair.err()).isZero();
        CommandsAccess.Run rebuild = verbatim("reindex", "--no-progress");
        assertThat(rebuild.exitCode()).as(rebuild.out() + rebuild.err()).isZero();
        assertThat(rebuild.out()).contains("Rebuilt the search index").contains("Quote:");
        assertThat(searchIndex.consistent()).isTrue();
    }
}
