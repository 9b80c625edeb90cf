package org.verbatim.importing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.verbatim.extraction.UnreadableArticleException;

/**
 * Imports many articles: reading and extraction run on several threads, storing on one, in batches of whatever is
 * ready. Each batch is one transaction (articles, speakers, quotes, audit revision and index entries together), so a
 * process stopped or killed at any point leaves whole articles only, and a re-run skips what is stored (by content
 * hash) and finishes the rest. One writer also keeps two threads from creating the same new speaker twice.
 */
@Service
public class BulkImport {

    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

    /**
     * @param threads   extraction threads (all cores by default)
     * @param batchSize most articles stored in one transaction
     */
    public record Options(int threads, int batchSize) {
        public Options {
            if (threads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads and batch size must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 50);
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

    BulkImport(ArticleImporter importer) {
        this.importer = importer;
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
        Semaphore inFlight = new Semaphore(options.threads() * 4 + options.batchSize() * 2);
        BlockingQueue<Object> toStore = new LinkedBlockingQueue<>();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(
                options.threads(), r -> {
                    Thread t = new Thread(r, "verbatim-extract-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }));
        Thread writer = new Thread(new DelegatingSecurityContextRunnable(
                () -> write(toStore, options.batchSize(), tally, inFlight, stopping)), "verbatim-store");
        writer.setDaemon(true);
        writer.start();
        try {
            while (!stopping.getAsBoolean() && documents.hasNext()) {
                inFlight.acquire();
                ImportDocument document = documents.next();
                workers.execute(() -> prepare(document, tally, inFlight, toStore, stopping));
            }
        } finally {
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("Waiting for extraction threads to finish");
            }
            toStore.put(END);
            writer.join();
        }
        return tally.result(stopped.get(), Duration.ofNanos(System.nanoTime() - began));
    }

    private void prepare(ImportDocument document, Tally tally, Semaphore inFlight, BlockingQueue<Object> toStore,
                         BooleanSupplier stopping) {
        if (stopping.getAsBoolean()) {
            tally.notProcessed.incrementAndGet();
            inFlight.release();
            return;
        }
        ImportOutcome settled;
        try {
            ImportDocument.Loaded loaded = document.load();
            ArticleImporter.Prepared prepared = importer.prepare(loaded.text(), loaded.details());
            if (prepared.outcome() == null) {
                toStore.add(new Pending(document.source(), prepared));
                return;
            }
            settled = prepared.outcome();
        } catch (UnreadableArticleException | IOException e) {
            settled = ImportOutcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not import {}", document.source(), e);
            settled = ImportOutcome.failed("Extraction failed: " + e);
        }
        tally.add(document.source(), settled);
        inFlight.release();
    }

    private void write(BlockingQueue<Object> queue, int batchSize, Tally tally, Semaphore inFlight,
                       BooleanSupplier stopping) {
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
                queue.drainTo(taken); // stragglers queued before END
                taken.remove(END);
            }
            List<Pending> batch = taken.stream().map(Pending.class::cast).toList();
            taken.clear();
            try {
                for (int from = 0; from < batch.size(); from += batchSize) {
                    store(batch.subList(from, Math.min(batch.size(), from + batchSize)), tally, stopping);
                }
            } catch (RuntimeException e) {
                log.error("Import writer failed on a batch of {}", batch.size(), e);
            } finally {
                inFlight.release(batch.size());
            }
        }
    }

    private void store(List<Pending> batch, Tally tally, BooleanSupplier stopping) {
        if (batch.isEmpty()) {
            return;
        }
        if (stopping.getAsBoolean()) {
            tally.notProcessed.addAndGet(batch.size());
            return;
        }
        List<ImportOutcome> outcomes;
        try {
            outcomes = importer.storeAll(batch.stream().map(Pending::prepared).toList());
        } catch (RuntimeException e) {
            log.warn("Could not store a batch of {} articles", batch.size(), e);
            outcomes = batch.stream().map(p -> ImportOutcome.failed("Could not be stored: " + e.getMessage())).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            tally.add(batch.get(i).source(), outcomes.get(i));
        }
    }

    private record Pending(String source, ArticleImporter.Prepared prepared) {
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
