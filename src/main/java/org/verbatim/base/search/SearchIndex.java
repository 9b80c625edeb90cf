package org.verbatim.base.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Component;

/**
 * The search index as a whole, compared with the database it mirrors: how many documents each indexed type has on
 * either side, a repair that indexes only the rows the index lacks (and drops documents whose rows are gone), and a
 * full rebuild. A process killed between a database commit and the index commit leaves exactly such a gap.
 */
@Component
public class SearchIndex {

    /** Rows of one indexed entity type in the database, and documents in its index. */
    public record Count(String entity, long inDatabase, long inIndex) {
        public boolean consistent() {
            return inDatabase == inIndex;
        }
    }

    /** What a repair did to one entity type. */
    public record Repair(String entity, int indexed, int purged) {
    }

    private static final int CHUNK = 500;

    private final EntityManagerFactory emf;

    SearchIndex(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession search = Search.session(em);
            for (SearchIndexedEntity<?> type : types()) {
                long inDatabase = em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                long inIndex = search.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                counts.add(new Count(type.jpaName(), inDatabase, inIndex));
            }
        }
        return counts;
    }

    public boolean consistent() {
        return counts().stream().allMatch(Count::consistent);
    }

    /** Indexes the rows that have no document and purges documents that have no row, type by type. */
    public List<Repair> repair() {
        List<Repair> repairs = new ArrayList<>();
        for (SearchIndexedEntity<?> type : types()) {
            repairs.add(repair(type));
        }
        return repairs;
    }

    private Repair repair(SearchIndexedEntity<?> type) {
        Set<Object> inDatabase;
        Set<Object> inIndex;
        try (EntityManager em = emf.createEntityManager()) {
            inDatabase = new HashSet<>(em.createQuery("select e.id from " + type.jpaName() + " e", Object.class)
                    .getResultList());
            inIndex = new HashSet<>(Search.session(em).search(type.javaClass()).select(f -> f.id())
                    .where(f -> f.matchAll()).fetchAllHits());
        }
        List<Object> missing = inDatabase.stream().filter(id -> !inIndex.contains(id)).toList();
        List<Object> stray = inIndex.stream().filter(id -> !inDatabase.contains(id)).toList();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Object> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            try (EntityManager em = emf.createEntityManager()) {
                SearchSession search = Search.session(em);
                em.createQuery("select e from " + type.jpaName() + " e where e.id in :ids", type.javaClass())
                        .setParameter("ids", chunk).getResultList()
                        .forEach(entity -> search.indexingPlan().addOrUpdate(entity));
                search.indexingPlan().execute();
            }
        }
        if (!stray.isEmpty()) {
            try (EntityManager em = emf.createEntityManager()) {
                SearchSession search = Search.session(em);
                stray.forEach(id -> search.indexingPlan().purge(type.javaClass(), id, null));
                search.indexingPlan().execute();
            }
        }
        return new Repair(type.jpaName(), missing.size(), stray.size());
    }

    /**
     * Drops and rebuilds the whole index from the database, telling {@code toIndex} how many more documents are
     * coming and {@code indexed} how many more were written, as they happen.
     */
    public void rebuild(LongConsumer toIndex, LongConsumer indexed, int threads) throws InterruptedException {
        try (EntityManager em = emf.createEntityManager()) {
            Search.session(em).massIndexer()
                    .threadsToLoadObjects(Math.max(1, threads))
                    .batchSizeToLoadObjects(50)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            indexed.accept(increment);
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            toIndex.accept(increment);
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
        }
    }

    /**
     * Lets the current transaction's index entries be written after its commit without waiting for them, for bulk
     * work: the index then commits once a second instead of once per transaction. Should the process die before,
     * {@link #repair} finds and indexes the rows the index lacks. {@link #awaitWrites} waits for them all.
     */
    public void writeAfterCommitWithoutWaiting(EntityManager transactional) {
        Search.session(transactional).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }

    /** Waits until every index entry written so far is committed and visible to searches. */
    public void awaitWrites() {
        var workspace = Search.mapping(emf.unwrap(SessionFactory.class)).scope(Object.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    private List<SearchIndexedEntity<?>> types() {
        return List.copyOf(Search.mapping(emf.unwrap(SessionFactory.class)).allIndexedEntities());
    }
}
