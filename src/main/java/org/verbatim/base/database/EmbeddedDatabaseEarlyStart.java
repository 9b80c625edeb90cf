package org.verbatim.base.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the application context exists, before Spring reads
 * the configuration classes and creates the beans, instead of when the first bean needs a connection: the server
 * starts (and, the first time, installs itself) while the context is being built, and
 * {@link EmbeddedDatabaseConfiguration} takes it over. On the 2-core machine this takes the database's second (five
 * seconds on a first start) off a restart's critical path.
 * <p>
 * Added by {@code Application.main} only, after the index folder's owner lock ({@code LuceneIndexOwnership}, which
 * the same order runs first), so that a second process is still refused before it starts a database; test contexts,
 * whose properties may change after this point, start the database when the bean is created, as before. Nothing is
 * started when an external database is configured; a server started here that the context does not take (a failed
 * start, properties changed later) is stopped when the context closes.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);
    static final String BEAN = "verbatim.embeddedDatabaseEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory factory)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("verbatim.embedded-db", EmbeddedDatabaseProperties.class);
        if (properties.dataDir() == null) {
            return;
        }
        Started started = new Started(properties);
        factory.registerSingleton(BEAN, started);
        factory.registerDisposableBean(BEAN, started);
    }

    /** The server starting (or started) for {@code properties}; the first bean asking for it with the same takes it. */
    static final class Started implements DisposableBean {
        private final EmbeddedDatabaseProperties properties;
        private final EmbeddedMariaDb db;
        private final CompletableFuture<Void> start;
        private boolean taken;

        Started(EmbeddedDatabaseProperties properties) {
            this.properties = properties;
            this.db = new EmbeddedMariaDb(properties);
            this.start = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    db.start();
                    start.complete(null);
                } catch (RuntimeException | Error e) {
                    start.completeExceptionally(e);
                }
            }, "embedded-mariadb-start");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * The started server when it was started for {@code wanted} (its failure to start, if it failed), else
         * {@code null}: the caller starts its own.
         */
        synchronized EmbeddedMariaDb take(EmbeddedDatabaseProperties wanted) {
            if (taken || !properties.equals(wanted)) {
                return null;
            }
            taken = true;
            try {
                start.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
            return db;
        }

        /** The server, started or not: for tests. */
        EmbeddedMariaDb server() {
            return db;
        }

        @Override
        public synchronized void destroy() {
            if (taken) {
                return;   // the bean's own destroy method stops it
            }
            taken = true;
            try {
                start.join();
                db.stop();
            } catch (Exception e) {
                log.warn("Could not stop the embedded MariaDB started ahead and not used: {}", e.toString());
            }
        }
    }
}
