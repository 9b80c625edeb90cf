package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import org.verbatim.base.database.EmbeddedDatabaseConfiguration;
import org.verbatim.base.database.EmbeddedDatabaseProperties;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.base.search.LuceneIndexOwnership;
import org.verbatim.export.ExportProperties;
import org.verbatim.export.QuoteExports;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.security.AccountList;
import org.verbatim.security.UseCaseSecurity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verbatim as the read-only commands need it ({@code users list}, the quote exports): the configuration as Spring Boot
 * reads it, the database, and the use cases they call with the role checks they have in the application
 * ({@link UseCaseSecurity#checked}), wired by hand in a bare context that only hands them to the command — no Spring
 * Boot application, no auto-configuration, no web server, no Hibernate, no search index. It starts in a fraction of
 * the whole application's time. Like every Verbatim process on the Lucene default, it first takes the index folder
 * ({@link LuceneIndexOwnership}), so that beside the running web application it is refused at once instead of starting
 * a second database server on the same files. It never migrates: on a database that misses one of this version's
 * migrations, it steps aside ({@link #start} returns {@code null}) and the command runs on the whole application,
 * which migrates it.
 */
final class LightCommands {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    private LightCommands() {
    }

    /** The light application for {@code command}, or {@code null} (nothing left running) when the schema is not this version's. */
    static ConfigurableApplicationContext start(String command) {
        return start(command, Map.of());
    }

    /** As {@link #start(String)}, with {@code properties} taking precedence over every other source. */
    static ConfigurableApplicationContext start(String command, Map<String, Object> properties) {
        ConfigurableApplicationContext context = application(command, properties);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        if (schemaIsCurrent(context.getBean(JdbcClient.class))) {
            return context;
        }
        context.close();
        return null;
    }

    /** The light application, not yet refreshed: refreshing takes the index folder and starts the database. */
    static GenericApplicationContext application(String command, Map<String, Object> properties) {
        ConfigurableEnvironment env = environment(command, properties);
        logQuietly(env);
        Binder config = Binder.get(env);
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);
        new LuceneIndexOwnership().initialize(context);
        context.registerBean(AnnotationConfigUtils.AUTOWIRED_ANNOTATION_PROCESSOR_BEAN_NAME,
                AutowiredAnnotationBeanPostProcessor.class, AutowiredAnnotationBeanPostProcessor::new);
        context.registerBean("dataSource", HikariDataSource.class, () -> dataSource(context, config),
                d -> d.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD));
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(context.getBean(HikariDataSource.class)));
        context.registerBean(AccountList.class,
                () -> UseCaseSecurity.checked(new AccountList(context.getBean(JdbcClient.class))));
        context.registerBean(QuoteExports.class, () -> UseCaseSecurity.checked(new QuoteExports(
                context.getBean(JdbcClient.class), config.bindOrCreate("verbatim.export", ExportProperties.class),
                JsonMapper.builder().build(), config.bindOrCreate("verbatim.claim-rating", ClaimRatings.class))));
        return context;
    }

    /**
     * The configuration as the whole application reads it (application.properties and its imports, the folder's
     * own config files, environment variables, system properties), with the command line's quiet logging and index
     * owner as defaults.
     */
    private static ConfigurableEnvironment environment(String command, Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        if (!properties.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", properties));
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (String quiet : Commands.QUIET) {
            defaults.put(quiet.substring(0, quiet.indexOf('=')), quiet.substring(quiet.indexOf('=') + 1));
        }
        defaults.put("verbatim.index-owner", "the command " + command);
        env.getPropertySources().addLast(new MapPropertySource("defaultProperties", defaults));
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        ConfigurationPropertySources.attach(env);
        return env;
    }

    /** Spring Boot's logging as the whole application sets it up, at the levels configured ({@code logging.level.*}). */
    private static void logQuietly(ConfigurableEnvironment env) {
        LoggingSystem logging = LoggingSystem.get(LightCommands.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(env), null, null);
        Binder.get(env).bind("logging.level", Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .forEach((name, level) -> logging.setLogLevel(
                        name.equalsIgnoreCase(LoggingSystem.ROOT_LOGGER_NAME) ? null : name,
                        "false".equalsIgnoreCase(level) ? LogLevel.OFF
                                : LogLevel.valueOf(level.trim().toUpperCase(Locale.ROOT))));
    }

    /** The external database when one is configured, else the embedded one, started now. */
    private static HikariDataSource dataSource(GenericApplicationContext context, Binder config) {
        String url = config.bind("spring.datasource.url", String.class).orElse(null);
        HikariDataSource ds;
        if (StringUtils.hasText(url)) {
            ds = DataSourceBuilder.create().type(HikariDataSource.class).url(url)
                    .username(config.bind("spring.datasource.username", String.class).orElse(null))
                    .password(config.bind("spring.datasource.password", String.class).orElse(null)).build();
            config.bind("spring.datasource.hikari", Bindable.ofInstance(ds));
        } else {
            EmbeddedDatabaseProperties properties = config.bindOrCreate("verbatim.embedded-db",
                    EmbeddedDatabaseProperties.class);
            EmbeddedMariaDb db = EmbeddedMariaDb.started(properties);
            context.getDefaultListableBeanFactory().registerDisposableBean("embeddedMariaDb", db::stop);
            ds = EmbeddedDatabaseConfiguration.pool(db, properties);
        }
        // one command, one connection: the pool does not open the rest
        ds.setMinimumIdle(1);
        return ds;
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
