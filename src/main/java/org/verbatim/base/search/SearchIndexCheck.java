package org.verbatim.base.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, compares the number of documents in the search index with the rows in the database for every indexed
 * type, and rebuilds the index of any type that differs: a fresh index folder, a new search cluster, or an index
 * that missed writes in a crash.
 */
@Component
class SearchIndexCheck {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    /**
     * The version of the index mapping (the {@code @Indexed} entities' fields and the analyzers). Bump it with any
     * change to them: an index written by an older mapping is then rebuilt at the next start.
     */
    static final String MAPPING_VERSION = "3: comparison fields, synonyms, name variants";
    private static final String MAPPING_SETTING = "search.mapping";

    private final EntityManagerFactory emf;
    private final IndexMaintenance maintenance;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SearchIndexCheck(EntityManagerFactory emf, IndexMaintenance maintenance,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.emf = emf;
        this.maintenance = maintenance;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    public void rebuildWhereStale() throws InterruptedException {
        String indexed = jdbc.sql("select value from app_setting where name = ?").param(MAPPING_SETTING)
                .query(String.class).optional().orElse(null);
        if (!MAPPING_VERSION.equals(indexed)) {
            log.info("Search index was written by mapping {}, this is {}: rebuilding it", indexed, MAPPING_VERSION);
            maintenance.rebuildAll(p -> { });
            if (jdbc.sql("update app_setting set value = ? where name = ?").param(MAPPING_VERSION)
                    .param(MAPPING_SETTING).update() == 0) {
                jdbc.sql("insert into app_setting (name, value) values (?, ?)").param(MAPPING_SETTING)
                        .param(MAPPING_VERSION).update();
            }
            return;
        }
        SearchMapping mapping = Search.mapping(emf.unwrap(SessionFactory.class));
        try (var em = emf.createEntityManager()) {
            SearchSession search = Search.session(em);
            for (var type : mapping.allIndexedEntities()) {
                Class<?> javaClass = type.javaClass();
                long inDatabase = em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                long inIndex = search.search(javaClass).where(f -> f.matchAll()).fetchTotalHitCount();
                if (inDatabase != inIndex) {
                    log.info("Search index of {} holds {} documents for {} rows: rebuilding it", type.jpaName(),
                            inIndex, inDatabase);
                    search.massIndexer(javaClass)
                            .threadsToLoadObjects(2)
                            .startAndWait();
                    log.info("Search index of {} rebuilt", type.jpaName());
                }
            }
        }
    }
}
