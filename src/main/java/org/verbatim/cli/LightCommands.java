package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.base.database.EmbeddedDatabaseConfiguration;
import org.verbatim.export.ExportProperties;
import org.verbatim.export.QuoteExports;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.security.AccountList;
import org.verbatim.security.UseCaseSecurity;

/**
 * Verbatim as the read-only commands need it ({@code users list}, the quote exports): the database and the use cases
 * they call with their role checks, and nothing else — no web server, no Vaadin, no Hibernate, no search index. It
 * starts in a fraction of the whole application's time. It never migrates: on a database that misses one of this
 * version's migrations, it steps aside ({@link #start} returns {@code null}) and the command runs on the whole
 * application, which migrates it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JacksonAutoConfiguration.class})
@Import({EmbeddedDatabaseConfiguration.class, UseCaseSecurity.class, AccountList.class, QuoteExports.class})
@EnableConfigurationProperties({ExportProperties.class, ClaimRatings.class})
class LightCommands {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    /** The light application, or {@code null} (nothing left running) when the schema is not this version's. */
    static ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = application().run();
        if (schemaIsCurrent(context.getBean(JdbcClient.class))) {
            return context;
        }
        context.close();
        return null;
    }

    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(LightCommands.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(Commands.QUIET);
    }

    /**
     * Whether every SQL migration this version ships has been applied. (The Java migrations are beans of the whole
     * application; each so far came with the SQL migrations of its release.)
     */
    static boolean schemaIsCurrent(JdbcClient jdbc) {
        Set<String> applied;
        try {
            applied = new TreeSet<>(jdbc.sql("select version from flyway_schema_history where success = 1"
                    + " and version is not null").query(String.class).list());
        } catch (RuntimeException noHistory) {
            return false;   // a new database: the whole application creates the schema
        }
        return isCurrent(applied);
    }

    /** Whether a database with the migrations {@code applied} has every one this version ships. */
    static boolean isCurrent(Set<String> applied) {
        return applied.containsAll(shipped());
    }

    /**
     * The versions of the migrations in this build ({@code db/migration/V<version>__<name>.sql}, where Flyway reads
     * them: our own folder, not every jar's).
     */
    static Set<String> shipped() {
        Set<String> versions = new HashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
                Matcher m = VERSIONED.matcher(r.getFilename() == null ? "" : r.getFilename());
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(versions);
    }
}
