package org.verbatim.base.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB: where it keeps its files and which port it listens on (0 picks a free one).
 *
 * @param dataDir   the installation's data folder ({@code verbatim.data-dir}); the database lives in {@code mariadb/} below it
 * @param port      TCP port on the loopback interface; 0 chooses a free port at every start
 * @param database  schema name
 * @param poolSize  connection pool size
 * @param leakReport after how long a connection taken from the pool and not yet returned is reported in the log, with
 *                  where it was taken (0: never)
 */
@ConfigurationProperties("verbatim.embedded-db")
public record EmbeddedDatabaseProperties(
        Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("verbatim") String database,
        @DefaultValue("10") int poolSize,
        @DefaultValue("0s") Duration leakReport) {
}
