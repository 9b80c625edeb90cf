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

    private final EntityManagerFactory emf;

    SearchIndexCheck(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    public void rebuildWhereStale() throws InterruptedException {
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
