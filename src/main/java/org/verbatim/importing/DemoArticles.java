package org.verbatim.importing;

import java.io.IOException;
import java.time.Duration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.verbatim.base.database.ClusterLock;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo articles shipped in {@code classpath:demo/} on an installation's first start only: a restart, or an
 * article deleted later, does not bring them back. {@code verbatim.demo-data=false} turns this off.
 */
@Component
class DemoArticles {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);
    private static final String MARKER = "demo.loaded";

    private final ArticleImporter importer;
    private final JdbcClient jdbc;
    private final boolean enabled;

    private final ClusterLock lock;

    DemoArticles(ArticleImporter importer, JdbcClient jdbc, ClusterLock lock,
                 @Value("${verbatim.demo-data:true}") boolean enabled) {
        this.lock = lock;
        this.importer = importer;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void loadOnFirstStart() {
        // nodes started together on one empty database: one loads the articles, the others then find the mark
        lock.holding("verbatim.demo-articles", Duration.ofMinutes(10), () -> {
            try {
                loadUnlessLoaded();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void loadUnlessLoaded() throws IOException {
        if (!enabled || jdbc.sql("select count(*) from app_setting where name = ?").param(MARKER)
                .query(Long.class).single() > 0) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.txt");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        int quotes = 0;
        for (Resource file : files) {
            String text;
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            quotes += importer.store(text, ArticleImporter.Details.none("demo/" + file.getFilename())).quotes();
        }
        jdbc.sql("insert into app_setting (name, value) values (?, ?)").param(MARKER).param("true").update();
        log.info("Loaded {} demo articles with {} quotes", files.length, quotes);
    }
}
