package org.verbatim.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.verbatim.base.audit.RevisionChain;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.cli.CommandsAccess;
import org.verbatim.security.Role;
import org.verbatim.security.UserAccount;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * The audit trail's hash chain: intact as Verbatim writes it; whatever is changed, added or removed behind its back,
 * with the schema owner's rights, is found, and the first broken link named.
 */
@VerbatimIntegrationTest
class AuditChainIT {

    @Autowired
    AuditTrail trail;

    @Autowired
    TestUsers users;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void the_trail_as_verbatim_wrote_it_is_intact_every_revision_sealed() {
        users.create("chain-carl-" + unique(), Role.EDITOR);

        RevisionChain.Verification result = verify();

        assertThat(result.problem()).isNull();
        assertThat(result.intact()).isTrue();
        assertThat(result.sealed()).isEqualTo(result.revisions()).isPositive();
    }

    @Test
    void an_audit_row_changed_behind_verbatims_back_breaks_the_chain_at_its_revision() throws SQLException {
        UserAccount carla = users.create("chain-carla-" + unique(), Role.FACT_CHECKER);
        try (Connection owner = asOwner()) {
            long rev = single(owner, "SELECT MAX(rev) FROM app_user_aud WHERE id = " + carla.getId());
            String name = string(owner, "SELECT display_name FROM app_user_aud WHERE id = " + carla.getId()
                    + " AND rev = " + rev);
            execute(owner, "UPDATE app_user_aud SET display_name = 'Somebody Else' WHERE id = " + carla.getId()
                    + " AND rev = " + rev);
            try {
                RevisionChain.Verification broken = verify();
                assertThat(broken.intact()).isFalse();
                assertThat(broken.brokenRevision()).isEqualTo(rev);
                assertThat(broken.problem()).contains("revision " + rev).contains("changed after it was sealed");
            } finally {
                execute(owner, "UPDATE app_user_aud SET display_name = '" + name + "' WHERE id = " + carla.getId()
                        + " AND rev = " + rev);
            }
            assertThat(verify().intact()).as("as it was, intact again").isTrue();
        }
    }

    @Test
    void an_audit_row_added_to_a_table_its_revision_did_not_write_breaks_the_chain() throws SQLException {
        UserAccount cleo = users.create("chain-cleo-" + unique(), Role.EDITOR);
        try (Connection owner = asOwner()) {
            long rev = single(owner, "SELECT MAX(rev) FROM app_user_aud WHERE id = " + cleo.getId());
            assertThat(single(owner, "SELECT COUNT(*) FROM sign_in_lockout_aud WHERE rev = " + rev)).isZero();
            execute(owner, "INSERT INTO sign_in_lockout_aud (id, rev, revtype, subject, failures) VALUES (-"
                    + cleo.getId() + ", " + rev + ", 0, 'planted', 1)");
            try {
                RevisionChain.Verification broken = verify();
                assertThat(broken.brokenRevision()).isEqualTo(rev);
                assertThat(broken.problem()).contains("changed after it was sealed");
            } finally {
                execute(owner, "DELETE FROM sign_in_lockout_aud WHERE id = -" + cleo.getId() + " AND rev = " + rev);
            }
            assertThat(verify().intact()).as("as it was, intact again").isTrue();
        }
    }

    @Test
    void a_rewritten_reason_and_a_revision_written_around_verbatim_are_both_found() throws SQLException {
        UserAccount cora = users.create("chain-cora-" + unique(), Role.AUDITOR);
        try (Connection owner = asOwner()) {
            long rev = single(owner, "SELECT MAX(rev) FROM app_user_aud WHERE id = " + cora.getId());
            execute(owner, "UPDATE revision_info SET reason = 'nothing happened' WHERE id = " + rev);
            try {
                assertThat(verify().brokenRevision()).isEqualTo(rev);
            } finally {
                execute(owner, "UPDATE revision_info SET reason = NULL WHERE id = " + rev);
            }

            execute(owner, "INSERT INTO revision_info (timestamp, username, reason) VALUES (0, 'ghost', 'backdated')");
            long ghost = single(owner, "SELECT MAX(id) FROM revision_info");
            try {
                RevisionChain.Verification unsealed = verify();
                assertThat(unsealed.brokenRevision()).isEqualTo(ghost);
                assertThat(unsealed.problem()).contains("never sealed");
                CommandsAccess.Run cli = CommandsAccess.run(context, "audit", "verify");
                assertThat(cli.exitCode()).isOne();
                assertThat(cli.out()).contains("BROKEN").contains("revision " + ghost);
            } finally {
                execute(owner, "DELETE FROM revision_info WHERE id = " + ghost);
            }
        }
        CommandsAccess.Run cli = CommandsAccess.run(context, "audit", "verify");
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).startsWith("Intact");
    }

    private RevisionChain.Verification verify() {
        return RunAs.user("aurelio", Role.AUDITOR).call(trail::verify);
    }

    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.ownerCredentials().user(),
                database.ownerCredentials().password());
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
