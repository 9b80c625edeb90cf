package org.verbatim.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The server started while the context is built is the one the application uses, and one the context does not take
 * is stopped with it; with an external database nothing starts.
 */
class EmbeddedDatabaseEarlyStartIT {

    @Test
    void the_context_takes_the_server_started_ahead_and_stops_it_when_it_closes() throws Exception {
        Path home = Files.createTempDirectory("verbatim-early");
        AnnotationConfigApplicationContext context = context(Map.of("verbatim.embedded-db.data-dir", home.toString()));
        new EmbeddedDatabaseEarlyStart().initialize(context);
        var started = context.getBeanFactory().getBean(EmbeddedDatabaseEarlyStart.BEAN,
                EmbeddedDatabaseEarlyStart.Started.class);
        context.register(EmbeddedDatabaseConfiguration.class);
        EmbeddedMariaDb db;
        try {
            context.refresh();
            db = context.getBean(EmbeddedMariaDb.class);
            assertThat(db).isSameAs(started.server());
            // (the application's own account gets its privileges from the migrations: the owner's answers here)
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerCredentials().user(),
                    db.ownerCredentials().password()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 41 + 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        } finally {
            context.close();
        }
        assertThat(listening(db.port())).isFalse();
    }

    @Test
    void a_server_started_for_other_properties_is_not_taken_and_is_stopped() throws Exception {
        Path home = Files.createTempDirectory("verbatim-early-other");
        var properties = new EmbeddedDatabaseProperties(home, 0, "verbatim", 2, Duration.ZERO);
        var started = new EmbeddedDatabaseEarlyStart.Started(properties);
        var other = new EmbeddedDatabaseProperties(home.resolve("elsewhere"), 0, "verbatim", 2, Duration.ZERO);
        assertThat(started.take(other)).isNull();
        started.destroy();
        assertThat(listening(started.server().port())).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(started.server().jdbcUrl(), "verbatim", "x").close())
                .isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void nothing_starts_with_an_external_database() throws Exception {
        Path home = Files.createTempDirectory("verbatim-early-external");
        try (AnnotationConfigApplicationContext context = context(Map.of("verbatim.embedded-db.data-dir",
                home.toString(), "spring.datasource.url", "jdbc:mysql://db.example.org/verbatim"))) {
            new EmbeddedDatabaseEarlyStart().initialize(context);
            assertThat(context.getBeanFactory().containsSingleton(EmbeddedDatabaseEarlyStart.BEAN)).isFalse();
            assertThat(Files.exists(home.resolve("mariadb"))).isFalse();
        }
    }

    private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
