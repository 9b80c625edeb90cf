package org.verbatim.base.search;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.verbatim.base.database.ClusterLock;

/**
 * Creates the indexes that are missing and validates the others, once all beans exist and before the web server
 * opens, one node at a time: nodes that start together on a new search cluster would otherwise each try to create
 * the same index, and all but one fail. (On a cluster Hibernate Search's own boot-time schema management is off,
 * {@code search-elasticsearch.properties}; on Lucene it has already done the same, so this finds nothing to do.)
 */
@Component
class SearchSchema implements SmartInitializingSingleton {

    private final EntityManagerFactory emf;
    private final ClusterLock lock;

    SearchSchema(EntityManagerFactory emf, ClusterLock lock) {
        this.emf = emf;
        this.lock = lock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        lock.holding("verbatim.search-schema", Duration.ofMinutes(5), () -> Search.mapping(
                emf.unwrap(SessionFactory.class)).scope(Object.class).schemaManager().createOrValidate());
    }
}
