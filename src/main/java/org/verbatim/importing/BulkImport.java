package org.verbatim.importing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.verbatim.article.KnownContents;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.extraction.ExtractedSpeaker;
import org.verbatim.extraction.UnreadableArticleException;

/**
 * Imports many articles: reading and extraction run on several threads, storing on a few writers, in batches of
 * whatever is ready. Each batch is one transaction (articles, speakers, quotes, audit revision and index entries
 * together), so a process stopped or killed at any point leaves whole articles only, and a re-run skips what is stored
 * (by content hash) and finishes the rest. Index entries are written after each commit without waiting (the index
 * commits once a second, not per batch); the run waits for them at its end, and a re-run repairs what a crash lost.
 * <p>
 * The database's unique key on a speaker's identity keeps two writers (here or on another node) from creating one
 * speaker twice; the loser's batch runs again and reuses the winner's entry. Only to spare this process's own writers
 * those re-runs, a batch that may create a speaker stores alone here while batches naming known speakers share.
 */
@Service
public class BulkImport {

    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

    /**
     * @param threads   extraction threads (all cores by default)
     * @param batchSize most articles stored in one transaction
     * @param writers   threads storing batches (the database waits on round trips more than it works)
     */
    public record Options(int threads, int batchSize, int writers) {
        public Options {
            if (threads < 1 || batchSize < 1 || writers < 1) {
                throw new IllegalArgumentException("threads, batch size and writers must be at least 1");
            }
        }

        public Options(int threads, int batchSize) {
            this(threads, batchSize, 1);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 50, 2);
        }
    }

    /** Hears about every document as it is settled, on whichever thread settled it. */
    public interface Progress {
        void settled(String source, ImportOutcome outcome);
    }

    public record Failure(String source, String reason) {
    }

    /**
     * @param notProcessed documents read but dropped because the run was stopped: a re-run imports them
     * @param stopped      whether the run was stopped before the end
     */
    public record Result(int imported, int duplicates, int failed, long quotes, int notProcessed, boolean stopped,
                         List<Failure> failures, Duration took) {
        public int settled() {
            return imported + duplicates + failed;
        }
    }

    private static final Object END = new Object();

    private final ArticleImporter importer;
    private final SearchIndex searchIndex;

    BulkImport(ArticleImporter importer, SearchIndex searchIndex) {
        this.importer = importer;
        this.searchIndex = searchIndex;
    }

    /**
     * Imports {@code documents} until they run out or {@code stop} says so (checked between documents and between
     * batches). The caller's security context is the importing user on every thread.
     */
    public Result run(Iterator<ImportDocument> documents, Options options, Progress progress, BooleanSupplier stop)
            throws InterruptedException {
        long began = System.nanoTime();
        Tally tally = new Tally(progress);
        AtomicBoolean stopped = new AtomicBoolean();
        BooleanSupplier stopping = () -> {
            if (!stopped.get() && (stop.getAsBoolean() || Thread.currentThread().isInterrupted())) {
                stopped.set(true);
            }
            return stopped.get();
        };
        KnownContents known = importer.knownContents();
        Semaphore inFlight = new Semaphore(options.threads() * 4 + options.batchSize() * (options.writers() + 1));
        BlockingQueue<Object> toStore = new LinkedBlockingQueue<>();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(
                options.threads(), r -> {
                    Thread t = new Thread(r, "verbatim-extract-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }));
        Speakers speakers = new Speakers();
        List<Thread> writers = new ArrayList<>();
        for (int w = 1; w <= options.writers(); w++) {
            Thread writer = new Thread(new DelegatingSecurityContextRunnable(
                    () -> write(toStore, options.batchSize(), tally, inFlight, stopping, speakers)), "verbatim-store-" + w);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
        try {
            while (!stopping.getAsBoolean() && documents.hasNext()) {
                inFlight.acquire();
                ImportDocument document = documents.next();
                workers.execute(() -> prepare(document, known, tally, inFlight, toStore, stopping));
            }
        } finally {
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("Waiting for extraction threads to finish");
            }
            toStore.put(END);
            for (Thread writer : writers) {
                writer.join();
            }
            searchIndex.awaitWrites();
        }
        return tally.result(stopped.get(), Duration.ofNanos(System.nanoTime() - began));
    }

    private void prepare(ImportDocument document, KnownContents known, Tally tally, Semaphore inFlight,
                         BlockingQueue<Object> toStore, BooleanSupplier stopping) {
        if (stopping.getAsBoolean()) {
            tally.notProcessed.incrementAndGet();
            inFlight.release();
            return;
        }
        ImportOutcome settled;
        try {
            ImportDocument.Loaded loaded = document.load();
            ArticleImporter.Prepared prepared = importer.prepare(loaded.text(), loaded.details(), known);
            if (prepared.outcome() == null) {
                toStore.add(new Pending(document.source(), prepared));
                return;
            }
            settled = prepared.outcome();
        } catch (UnreadableArticleException e) {
            settled = ImportOutcome.failed(e.getMessage());
        } catch (IOException e) {
            settled = ImportOutcome.failed(ImportSources.whyUnreadable(e));
        } catch (RuntimeException e) {
            log.warn("Could not import {}: {}", document.source(), e.toString());
            log.debug("Could not import {}", document.source(), e);
            settled = ImportOutcome.failed("Verbatim failed to read it (" + e.getClass().getSimpleName()
                    + "): please report this with the file; nothing of it was stored.");
        }
        tally.add(document.source(), settled);
        inFlight.release();
    }

    private void write(BlockingQueue<Object> queue, int batchSize, Tally tally, Semaphore inFlight,
                       BooleanSupplier stopping, Speakers speakers) {
        List<Object> taken = new ArrayList<>(batchSize);
        boolean end = false;
        while (!end) {
            try {
                taken.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(taken, batchSize - 1);
            end = taken.remove(END);
            if (end) {
                queue.add(END); // for the other writers: nothing is queued after it
            }
            List<Pending> batch = taken.stream().map(Pending.class::cast).toList();
            taken.clear();
            try {
                for (int from = 0; from < batch.size(); from += batchSize) {
                    store(batch.subList(from, Math.min(batch.size(), from + batchSize)), tally, stopping, speakers);
                }
            } catch (RuntimeException e) {
                log.error("Import writer failed on a batch of {}", batch.size(), e);
            } finally {
                inFlight.release(batch.size());
            }
        }
    }

    private void store(List<Pending> batch, Tally tally, BooleanSupplier stopping, Speakers speakers) {
        if (batch.isEmpty()) {
            return;
        }
        if (stopping.getAsBoolean()) {
            tally.notProcessed.addAndGet(batch.size());
            return;
        }
        List<ImportOutcome> outcomes;
        List<ArticleImporter.Prepared> prepared = batch.stream().map(Pending::prepared).toList();
        Set<String> names = Speakers.namesIn(prepared);
        Lock lock = speakers.lockFor(names);
        lock.lock();
        try {
            outcomes = importer.storeAll(prepared);
            List<ArticleImporter.Prepared> imported = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).status() == ImportOutcome.Status.IMPORTED) {
                    imported.add(prepared.get(i));
                }
            }
            speakers.stored(Speakers.namesIn(imported));
        } catch (RuntimeException e) {
            String why = ArticleImporter.whyNotStored("a batch of " + batch.size() + " articles", e);
            outcomes = batch.stream().map(p -> ImportOutcome.failed(why)).toList();
        } finally {
            lock.unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            tally.add(batch.get(i).source(), outcomes.get(i));
        }
    }

    private record Pending(String source, ArticleImporter.Prepared prepared) {
    }

    /**
     * Which speaker names are known to be stored. A batch naming only those finds its speakers and may store
     * alongside others (shared lock); a batch that may create one stores alone (exclusive lock). Throughput only:
     * correctness is the database's unique key, which also holds against other nodes.
     */
    private static final class Speakers {
        private final Set<String> known = ConcurrentHashMap.newKeySet();
        private final ReadWriteLock lock = new ReentrantReadWriteLock();

        static Set<String> namesIn(List<ArticleImporter.Prepared> batch) {
            Set<String> names = new HashSet<>();
            for (ArticleImporter.Prepared p : batch) {
                for (ExtractedSpeaker s : p.extraction().speakers()) {
                    // the registry matches a name within an affiliation: the pair is what may be created
                    names.add((s.name().strip() + "\u0000" + (s.affiliation() == null ? "" : s.affiliation().strip()))
                            .toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }

        Lock lockFor(Set<String> names) {
            return known.containsAll(names) ? lock.readLock() : lock.writeLock();
        }

        /** After the batch committed: its speakers exist now, whatever became of each article. */
        void stored(Set<String> names) {
            known.addAll(names);
        }
    }

    private static final class Tally {
        private final Progress progress;
        private final AtomicInteger imported = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong quotes = new AtomicLong();
        private final AtomicInteger notProcessed = new AtomicInteger();
        private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

        Tally(Progress progress) {
            this.progress = progress;
        }

        void add(String source, ImportOutcome outcome) {
            switch (outcome.status()) {
                case IMPORTED -> {
                    imported.incrementAndGet();
                    quotes.addAndGet(outcome.quotes());
                }
                case DUPLICATE -> duplicates.incrementAndGet();
                case FAILED -> {
                    failed.incrementAndGet();
                    failures.add(new Failure(source, outcome.message()));
                }
            }
            if (progress != null) {
                progress.settled(source, outcome);
            }
        }

        Result result(boolean stopped, Duration took) {
            List<Failure> sorted = failures.stream().sorted(Comparator.comparing(Failure::source)).toList();
            return new Result(imported.get(), duplicates.get(), failed.get(), quotes.get(), notProcessed.get(),
                    stopped, sorted, took);
        }
    }
}
