package org.verbatim.base.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.security.Role;

/**
 * Rebuilding the search index from the database, and checking (and repairing) that both hold the same entities,
 * by count and by id, for every indexed entity. For the admin screen and the {@code reindex} command alike; both run
 * it under an administrator's authentication. Works the same whichever backend holds the index.
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
    private static final int BATCH = 500;

    private final EntityManagerFactory emf;
    private final SearchIndex index;
    private final TransactionTemplate tx;

    IndexMaintenance(EntityManagerFactory emf, SearchIndex index, PlatformTransactionManager transactions) {
        this.emf = emf;
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
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
     * misses and removes what the database no longer has.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CheckReport check(boolean repair) {
        List<EntityCheck> checks = new ArrayList<>();
        for (SearchIndexedEntity<?> type : mapping().allIndexedEntities()) {
            checks.add(checkOne(type, repair));
        }
        return new CheckReport(List.copyOf(checks), repair);
    }

    private EntityCheck checkOne(SearchIndexedEntity<?> type, boolean repair) {
        Set<Object> inDatabase;
        Set<Object> inIndex = new HashSet<>();
        try (EntityManager em = emf.createEntityManager()) {
            inDatabase = new HashSet<>(em.createQuery("select e.id from " + type.jpaName() + " e", Object.class)
                    .getResultList());
            try (var scroll = Search.session(em).search(type.javaClass()).select(f -> f.id())
                    .where(f -> f.matchAll()).scroll(10_000)) {
                for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    inIndex.addAll(chunk.hits());
                }
            }
        }
        List<Object> missing = inDatabase.stream().filter(id -> !inIndex.contains(id)).sorted(ById.ORDER).toList();
        List<Object> extra = inIndex.stream().filter(id -> !inDatabase.contains(id)).sorted(ById.ORDER).toList();
        if (repair && (!missing.isEmpty() || !extra.isEmpty())) {
            log.warn("Search index of {}: {} missing, {} stale documents: repairing", type.jpaName(), missing.size(),
                    extra.size());
            repair(type, missing, extra);
        }
        return new EntityCheck(type.jpaName(), inDatabase.size(), inIndex.size(), missing.size(),
                missing.stream().limit(SAMPLE).toList(), extra.size(), extra.stream().limit(SAMPLE).toList());
    }

    private void repair(SearchIndexedEntity<?> type, List<Object> missing, List<Object> extra) {
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Object> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            tx.executeWithoutResult(status -> {
                EntityManager em = org.springframework.orm.jpa.EntityManagerFactoryUtils
                        .getTransactionalEntityManager(emf);
                var plan = Search.session(em).indexingPlan();
                for (Object id : batch) {
                    Object entity = em.find(type.javaClass(), id);
                    if (entity != null) {
                        plan.addOrUpdate(entity);
                    }
                }
            });
        }
        if (!extra.isEmpty()) {
            tx.executeWithoutResult(status -> {
                EntityManager em = org.springframework.orm.jpa.EntityManagerFactoryUtils
                        .getTransactionalEntityManager(emf);
                var plan = Search.session(em).indexingPlan();
                extra.forEach(id -> plan.purge(type.javaClass(), id, null));
            });
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(emf.unwrap(SessionFactory.class));
    }

    private static final class ById {
        @SuppressWarnings({"unchecked", "rawtypes"})
        static final java.util.Comparator<Object> ORDER = (a, b) -> a instanceof Comparable ca && a.getClass() == b.getClass()
                ? ca.compareTo(b) : a.toString().compareTo(b.toString());
    }
}
