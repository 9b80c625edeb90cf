package org.verbatim.base.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, compares the number of documents in the search index with the rows in the database for every indexed
 * type. An empty index (a fresh index folder, a new search cluster) is rebuilt in full; an index that missed some
 * writes (a process killed between the database commit and the index commit) is repaired row by row.
 */
@Component
class SearchIndexCheck {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final SearchIndex index;

    SearchIndexCheck(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    public void rebuildWhereStale() throws InterruptedException {
        var counts = index.counts();
        if (counts.stream().allMatch(SearchIndex.Count::consistent)) {
            return;
        }
        if (counts.stream().anyMatch(c -> c.inIndex() == 0 && c.inDatabase() > 0)) {
            log.info("Search index is empty or new ({}): rebuilding it", counts);
            index.rebuild(null, 2);
            log.info("Search index rebuilt");
        } else {
            log.info("Search index differs from the database ({}): repairing it", counts);
            log.info("Search index repaired: {}", index.repair());
        }
    }
}
