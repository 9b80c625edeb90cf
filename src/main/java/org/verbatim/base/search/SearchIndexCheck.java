package org.verbatim.base.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, compares the number of documents in the search index with the rows in the database for every indexed
 * type, once the index work already written (the outbox, with several nodes) has been applied. An empty index (a fresh index folder, a new search cluster) is rebuilt in full; an index that missed some
 * writes (a process killed between the database commit and the index commit) is repaired row by row.
 */
@Component
class SearchIndexCheck {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    /**
     * The version of the index mapping (the {@code @Indexed} entities' fields and the analyzers). Bump it with any
     * change to them: an index written by an older mapping is then rebuilt at the next start.
     */
    static final String MAPPING_VERSION = "5: affiliation keys from WordNet places; opposition groups, parties and associations apart from the government";
    private static final String MAPPING_SETTING = "search.mapping";

    private final SearchIndex index;
    private final IndexMaintenance maintenance;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final org.verbatim.base.database.ClusterLock lock;

    SearchIndexCheck(SearchIndex index, IndexMaintenance maintenance,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc, org.verbatim.base.database.ClusterLock lock) {
        this.lock = lock;
        this.index = index;
        this.maintenance = maintenance;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    public void rebuildWhereStale() {
        // nodes sharing a search cluster start together: one checks (and rebuilds), the others then find it done
        lock.holding("verbatim.search-index-check", java.time.Duration.ofHours(2), () -> {
            try {
                checkAndRebuild();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while checking the search index", e);
            }
        });
    }

    private java.util.List<SearchIndex.Count> settledCounts() {
        try {
            return index.settledCounts();
        } catch (IllegalStateException outboxStuck) {
            log.warn("{} Comparing index and database as they are.", outboxStuck.getMessage());
            return index.counts();
        }
    }

    private void checkAndRebuild() throws InterruptedException {
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
        // with the outbox, what the nodes wrote just before is still on its way to the index: counted at once, index
        // and database would differ though nothing is lost
        var counts = settledCounts();
        if (counts.stream().allMatch(SearchIndex.Count::consistent)) {
            return;
        }
        if (counts.stream().anyMatch(c -> c.inIndex() == 0 && c.inDatabase() > 0)) {
            log.info("Search index is empty or new ({}): rebuilding it", counts);
            index.rebuild(more -> { }, more -> { }, 2);
            log.info("Search index rebuilt");
        } else {
            log.info("Search index differs from the database ({}): repairing it", counts);
            log.info("Search index repaired: {}", index.repair());
        }
    }
}
