package org.verbatim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class MigrationsIT {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedMariaDb embedded;

    @Test
    void every_migration_applied_to_the_empty_database() {
        var applied = Arrays.stream(flyway.info().all()).toList();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_schema_has_every_table_and_its_audit_twin() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = database()")
                .query(String.class).list().stream().map(String::toLowerCase).toList();
        assertThat(tables).contains("article", "article_aud", "quote", "quote_aud", "speaker", "speaker_aud",
                "speaker_alias", "speaker_alias_aud", "review", "review_aud", "revision_info", "app_user",
                "app_user_role", "app_user_aud", "app_user_role_aud", "flyway_schema_history");
    }

    @Test
    void the_embedded_database_has_no_account_without_a_password() {
        String url = "jdbc:mysql://127.0.0.1:" + embedded.port() + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "verbatim", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void we_talk_to_mariadb_through_connector_j() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).containsIgnoringCase("mariadb");
        String driver = jdbc.sql("select 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDriverName()).single();
        assertThat(driver).contains("MySQL Connector/J");
    }
}
