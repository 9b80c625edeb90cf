package org.verbatim.extraction.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.verbatim.extraction.ArticleText;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.extraction.UnreadableArticleException;
import org.verbatim.extraction.text.Tokenizer;

/**
 * {@code extract --bench}: throughput of one shared {@link QuoteExtractor} on one thread and on all cores.
 * Without files it generates synthetic ~800-word articles (seeded, so runs are comparable).
 */
final class Bench {

    private Bench() {
    }

    static int run(List<String> files, double seconds, PrintStream out, PrintStream err) {
        List<String> articles = new ArrayList<>();
        if (files.isEmpty()) {
            Random random = new Random(42);
            for (int i = 0; i < 200; i++) articles.add(SyntheticArticles.article(random, 800));
        } else {
            for (String f : files) {
                try {
                    articles.add(ExtractCommand.read(f).text());
                } catch (UnreadableArticleException e) {
                    err.println("bench: " + e.getMessage());
                    return 1;
                }
            }
        }
        long tokens = 0;
        for (String a : articles) tokens += Tokenizer.tokenize(a).size();
        double tokensPerArticle = (double) tokens / articles.size();
        QuoteExtractor extractor = new QuoteExtractor();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "bench: %d %s articles, %.0f tokens each on average, %d cores, %.1f s per phase%n",
                articles.size(), files.isEmpty() ? "synthetic" : "given", tokensPerArticle, cores, seconds);
        measure(extractor, articles, 1, Math.max(1, seconds / 2), null);
        for (int threads : new int[]{1, cores}) {
            double rate = measure(extractor, articles, threads, seconds, out);
            out.printf(Locale.ROOT, "  %d thread%s: %.0f articles/s, %.0f tokens/s%n", threads, threads == 1 ? " " : "s",
                    rate, rate * tokensPerArticle);
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "  heap: %d MB used of %d MB max%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        return 0;
    }

    private static double measure(QuoteExtractor extractor, List<String> articles, int threads, double seconds, PrintStream out) {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int offset = w;
            workers.add(Thread.ofPlatform().start(() -> {
                int i = offset;
                while (!stop.get()) {
                    extractor.extract(articles.get(i++ % articles.size()));
                    done.increment();
                }
            }));
        }
        long t0 = System.nanoTime();
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop.set(true);
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return done.sum() / elapsed;
    }
}
