package org.verbatim.base.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.verbatim.security.Role;

/**
 * Rebuilding the search index from the database, and checking (and repairing) that both hold the same entities,
 * by count and by id, for every indexed entity: the administrators' side of {@link SearchIndex}, for the admin
 * screen. Works the same whichever backend holds the index.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    /** How far a rebuild has come, over all entities. */
    public record Progress(String phase, long done, long total, boolean finished) {
        public double fraction() {
            return total <= 0 ? (finished ? 1 : 0) : Math.min(1, (double) done / total);
        }
    }

    /** Database and index compared for one entity; ids listed up to {@link #SAMPLE}. */
    public record EntityCheck(String entity, long inDatabase, long inIndex, long missingFromIndex,
                              List<Object> missingSample, long extraInIndex, List<Object> extraSample) {
        public boolean consistent() {
            return missingFromIndex == 0 && extraInIndex == 0;
        }
    }

    public record CheckReport(List<EntityCheck> entities, boolean repaired) {
        public boolean consistent() {
            return entities.stream().allMatch(EntityCheck::consistent);
        }
    }

    static final int SAMPLE = 20;

    private final SearchIndex index;

    IndexMaintenance(SearchIndex index) {
        this.index = index;
    }

    /** Rebuilds every index from the database, telling {@code progress} as documents are written. Blocks. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void rebuild(Consumer<Progress> progress) throws InterruptedException {
        rebuildAll(progress);
    }

    void rebuildAll(Consumer<Progress> progress) throws InterruptedException {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        progress.accept(new Progress("Counting", 0, 0, false));
        index.rebuild(total::addAndGet,
                more -> progress.accept(new Progress("Indexing", done.addAndGet(more), total.get(), false)), 2);
        log.info("Search index rebuilt: {} documents", done.get());
        progress.accept(new Progress("Done", done.get(), Math.max(total.get(), done.get()), true));
    }

    /**
     * Compares database and index for every indexed entity, by id; with {@code repair}, indexes what the index
     * misses and removes what the database no longer has. Lists up to {@link #SAMPLE} ids of each difference.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CheckReport check(boolean repair) {
        List<SearchIndex.Difference> differences = repair ? index.compareAndRepair() : index.compare();
        return new CheckReport(differences.stream().map(d -> new EntityCheck(d.entity(), d.inDatabase(), d.inIndex(),
                d.missing().size(), d.missing().stream().limit(SAMPLE).toList(), d.stray().size(),
                d.stray().stream().limit(SAMPLE).toList())).toList(), repair);
    }
}
