package org.verbatim.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * The application's own database account can add to the audit trail and read it, never rewrite or delete it: a bug,
 * or someone with the application's password, cannot quietly change history.
 */
@VerbatimIntegrationTest
class AuditTrailPrivilegesIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_application_account_cannot_update_or_delete_audit_rows() {
        // one with a reason, to see that the reason is unchanged (accounts made by tests' TestUsers give none)
        long revision = jdbc.sql("select max(id) from revision_info where reason is not null").query(Long.class)
                .single();
        assertThat(revision).isPositive();

        assertDenied("update revision_info set reason = 'rewritten' where id = " + revision);
        assertDenied("delete from revision_info where id = " + revision);
        assertDenied("update quote_aud set text = 'rewritten' where rev = " + revision);
        assertDenied("delete from quote_aud");
        assertDenied("update app_user_aud set username = 'nobody'");
        assertDenied("delete from review_aud");

        assertThat(jdbc.sql("select reason from revision_info where id = ?").param(revision).query(String.class)
                .optional()).isPresent().get().isNotEqualTo("rewritten");
    }

    @Test
    void it_still_writes_the_ordinary_tables_and_migrations_ran_as_the_owner() {
        assertThat(jdbc.sql("update quote set version = version where id = (select min(id) from quote)").update())
                .isOne();
        assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history").query(String.class).list())
                .containsExactly("verbatim_owner");
        assertThat(jdbc.sql("select current_user()").query(String.class).single()).startsWith("verbatim@");
    }

    private void assertDenied(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("command denied");
    }
}
