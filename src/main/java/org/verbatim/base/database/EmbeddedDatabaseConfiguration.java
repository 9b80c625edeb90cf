package org.verbatim.base.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts an embedded MariaDB when no external database is configured, so that one command runs Verbatim on a
 * fresh machine. With {@code VERBATIM_DB_URL} (or {@code spring.datasource.url}) set, none of this is created and
 * Spring Boot's own DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    /** The server {@link EmbeddedDatabaseEarlyStart} started while the context was built, or one started now. */
    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties,
            ObjectProvider<EmbeddedDatabaseEarlyStart.Started> early) {
        EmbeddedDatabaseEarlyStart.Started started = early.getIfAvailable();
        EmbeddedMariaDb db = started == null ? null : started.take(properties);
        if (db == null) {
            db = new EmbeddedMariaDb(properties);
            db.start();
        }
        return db;
    }

    /** Migrations (and the grants after them) run as the schema's owner; the application never does. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedMariaDb db) {
        return new DriverManagerDataSource(db.jdbcUrl(), db.ownerCredentials().user(), db.ownerCredentials().password());
    }

    @Bean
    AppAccountPrivileges.AppAccounts appAccounts(EmbeddedMariaDb db) {
        return AppAccountPrivileges.AppAccounts.of(db.credentials().user(), EmbeddedMariaDb.HOSTS);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties) {
        return pool(db, properties);
    }

    /** The application's connections to {@code db}: also the light command line's, which has no context. */
    public static HikariDataSource pool(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("verbatim-embedded");
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.credentials().user());
        ds.setPassword(db.credentials().password());
        ds.setMaximumPoolSize(properties.poolSize());
        ds.setLeakDetectionThreshold(properties.leakReport().toMillis());
        // fewer round trips: batched inserts as one statement, session state tracked on the client
        ds.addDataSourceProperty("rewriteBatchedStatements", "true");
        ds.addDataSourceProperty("useLocalSessionState", "true");
        ds.addDataSourceProperty("elideSetAutoCommits", "true");
        ds.addDataSourceProperty("cacheServerConfiguration", "true");
        ds.addDataSourceProperty("cachePrepStmts", "true");
        // Hibernate's inserts are longer than the default limit of 256 characters, and were parsed every time
        ds.addDataSourceProperty("prepStmtCacheSqlLimit", "4096");
        ds.addDataSourceProperty("prepStmtCacheSize", "250");
        ds.addDataSourceProperty("maintainTimeStats", "false");
        return ds;
    }
}
