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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);

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

    private static final java.time.Duration OUTBOX_DRAINED_WITHIN = java.time.Duration.ofMinutes(10);

    private final EntityManagerFactory emf;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final boolean outbox;
    private final boolean cluster;

    SearchIndex(EntityManagerFactory emf, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                @org.springframework.beans.factory.annotation.Value(
                        "${spring.jpa.properties.hibernate.search.coordination.strategy:none}") String coordination,
                @org.springframework.beans.factory.annotation.Value("${verbatim.search.backend:lucene}") String backend) {
        this.emf = emf;
        this.jdbc = jdbc;
        this.outbox = coordination.equals("outbox-polling");
        this.cluster = backend.equals("elasticsearch");
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

    /** Whether index and database hold as many of each type, once the index has caught up ({@link #settledCounts}). */
    public boolean consistent() {
        return settledCounts().stream().allMatch(Count::consistent);
    }

    /**
     * Database and index of one entity type compared by id: the rows without a document ({@code missing}) and the
     * documents without a row ({@code stray}), in id order.
     */
    public record Difference(String entity, long inDatabase, long inIndex, List<Object> missing, List<Object> stray) {
        public boolean consistent() {
            return missing.isEmpty() && stray.isEmpty();
        }
    }

    /** Compares database and index by id, type by type, once the index work written so far has been applied. */
    public List<Difference> compare() {
        awaitWrites();
        return types().stream().map(this::compare).toList();
    }

    /** Indexes the rows that have no document and purges documents that have no row, type by type. */
    public List<Repair> repair() {
        return compareAndRepair().stream().map(d -> new Repair(d.entity(), d.missing().size(), d.stray().size()))
                .toList();
    }

    /** {@link #compare}, then {@link #repair} whatever differed; returns what was found. */
    public List<Difference> compareAndRepair() {
        awaitWrites();
        List<Difference> differences = new ArrayList<>();
        for (SearchIndexedEntity<?> type : types()) {
            Difference difference = compare(type);
            fix(type, difference);
            differences.add(difference);
        }
        return differences;
    }

    private Difference compare(SearchIndexedEntity<?> type) {
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
        List<Object> missing = inDatabase.stream().filter(id -> !inIndex.contains(id)).sorted(BY_ID).toList();
        List<Object> stray = inIndex.stream().filter(id -> !inDatabase.contains(id)).sorted(BY_ID).toList();
        return new Difference(type.jpaName(), inDatabase.size(), inIndex.size(), missing, stray);
    }

    private void fix(SearchIndexedEntity<?> type, Difference difference) {
        if (difference.consistent()) {
            return;
        }
        log.warn("Search index of {}: {} missing, {} stale documents: repairing", type.jpaName(),
                difference.missing().size(), difference.stray().size());
        List<Object> missing = difference.missing();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Object> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            try (EntityManager em = emf.createEntityManager()) {
                SearchSession search = Search.session(em);
                inTransactionWithOutbox(em, () -> {
                    em.createQuery("select e from " + type.jpaName() + " e where e.id in :ids", type.javaClass())
                            .setParameter("ids", chunk).getResultList()
                            .forEach(entity -> search.indexingPlan().addOrUpdate(entity));
                    search.indexingPlan().execute();
                });
            }
        }
        if (!difference.stray().isEmpty()) {
            try (EntityManager em = emf.createEntityManager()) {
                SearchSession search = Search.session(em);
                inTransactionWithOutbox(em, () -> {
                    difference.stray().forEach(id -> search.indexingPlan().purge(type.javaClass(), id, null));
                    search.indexingPlan().execute();
                });
            }
        }
    }

    /** With the outbox, index work is written to the database, so it needs a transaction; without, it is not. */
    private void inTransactionWithOutbox(EntityManager em, Runnable work) {
        if (!outbox) {
            work.run();
            return;
        }
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final java.util.Comparator<Object> BY_ID = (a, b) ->
            a instanceof Comparable ca && a.getClass() == b.getClass() ? ca.compareTo(b) : a.toString().compareTo(b.toString());

    /**
     * Rebuilds the whole index from the database (on a cluster into a new index that replaces the old one when
     * complete; on Lucene in place), telling {@code toIndex} how many more documents are
     * coming and {@code indexed} how many more were written, as they happen.
     */
    public void rebuild(LongConsumer toIndex, LongConsumer indexed, int threads) throws InterruptedException {
        if (cluster) {
            // into a new generation of each index behind the aliases: searches read the old one until it is complete
            new IndexGenerations(Search.mapping(emf.unwrap(SessionFactory.class)))
                    .rebuild(() -> massIndex(toIndex, indexed, threads, false));
        } else {
            massIndex(toIndex, indexed, threads, true);
        }
    }

    private void massIndex(LongConsumer toIndex, LongConsumer indexed, int threads, boolean purgeFirst)
            throws InterruptedException {
        try (EntityManager em = emf.createEntityManager()) {
            Search.session(em).massIndexer()
                    .purgeAllOnStart(purgeFirst)
                    .dropAndCreateSchemaOnStart(false)
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
        if (outbox) {
            return; // the outbox's event processors write after the commit anyway
        }
        Search.session(transactional).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }

    /**
     * Waits until every index entry written so far is committed and visible to searches. With several nodes (the
     * outbox) that is once the nodes' event processors have applied every event waiting in the outbox when this was
     * called; events written since (other nodes keep writing) are not waited for.
     */
    public void awaitWrites() {
        if (outbox) {
            awaitOutboxApplied();
        }
        var workspace = Search.mapping(emf.unwrap(SessionFactory.class)).scope(Object.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /** How often {@link #settledCounts} looks again while other nodes' writes are still on their way. */
    private static final int SETTLING_ROUNDS = 5;

    /**
     * {@link #counts}, once the index has caught up with the database. With the outbox the index lags the database
     * by the events still waiting (about a second; longer while a dead node's share waits for its agent to expire):
     * counted at once, the two would differ though nothing is lost. So the counts are taken after the events waiting
     * now have been applied, and taken again while a difference may still be writes on their way (the outbox is not
     * empty); a difference that stays is real.
     */
    public List<Count> settledCounts() {
        List<Count> counts = List.of();
        for (int round = 0; round < SETTLING_ROUNDS; round++) {
            awaitWrites();
            counts = counts();
            if (!outbox || counts.stream().allMatch(Count::consistent) || pendingEvents() == 0) {
                return counts;
            }
        }
        return counts;
    }

    private long pendingEvents() {
        return jdbc.sql("select count(*) from hsearch_outbox_event where status = 'PENDING'").query(Long.class)
                .single();
    }

    /**
     * Waits until the events waiting in the outbox now have been applied: until no pending event is due before the
     * last one due now. (Events are due when written, or after a delay when retried; later ones are not waited for.)
     */
    private void awaitOutboxApplied() {
        var due = jdbc.sql("select max(process_after) from hsearch_outbox_event where status = 'PENDING'")
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single();
        if (due.isEmpty()) {
            return;
        }
        java.sql.Timestamp last = due.get();
        long deadline = System.nanoTime() + OUTBOX_DRAINED_WITHIN.toNanos();
        while (jdbc.sql("select count(*) from hsearch_outbox_event where status = 'PENDING' and process_after <= ?")
                .param(last).query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Index work is still waiting in the outbox after "
                        + OUTBOX_DRAINED_WITHIN + ": is a Verbatim node running its event processor?");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the outbox", e);
            }
        }
    }

    private List<SearchIndexedEntity<?>> types() {
        return List.copyOf(Search.mapping(emf.unwrap(SessionFactory.class)).allIndexedEntities());
    }
}
