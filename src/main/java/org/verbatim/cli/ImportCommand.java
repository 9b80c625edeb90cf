package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.importing.BulkImport;
import org.verbatim.importing.ImportDocument;
import org.verbatim.importing.ImportProperties;
import org.verbatim.importing.ImportSources;
import org.verbatim.importing.WebPageFetcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Imports articles from files and folders: text, HTML and JSON lines.",
                "Folders are walked recursively: .txt (UTF-8 text), .html/.htm (the page's main text) and",
                "JSON lines (.jsonl/.ndjson, one article per line:",
                "  {\"text\": \"…\", \"title\": \"…\", \"publisher\": \"…\", \"url\": \"…\", \"published\": \"YYYY-MM-DD\"}",
                "with \"html\" instead of \"text\" for a page). Other files in folders are skipped and listed.",
                "Web pages are fetched with --url (HTML only; private addresses refused unless allowed).",
                "",
                "Quotes are extracted on all cores. An article already in Verbatim (same text) is skipped, so",
                "the command can be stopped or killed at any moment and run again to finish the job: each",
                "article lands whole (text, quotes, speakers, audit revision, search index entries) or not at all."},
        footer = {"", "Exit codes: 0 everything imported or already there, 1 some articles failed,",
                "2 usage error, 130 stopped (run it again to finish)."})
final class ImportCommand implements Callable<Integer>, Commands.Checked, Commands.Stoppable {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and folders to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "A web page to fetch and import (repeatable); the"
            + " same limits as the import dialog's (verbatim.import.*).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50",
            description = "Most articles stored per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "2",
            description = "Threads storing batches in parallel (default: ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--bench", paramLabel = "N",
            description = "Benchmark: import N synthetic ~800-word articles (no PATH) and report the rate, peak heap"
                    + " and database/index counts. Use a scratch data folder (VERBATIM_DATA_DIR).")
    Integer bench;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SyntheticArticles.DEFAULT_SEED,
            description = "Seed of the benchmark's synthetic articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    BulkImport bulkImport;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    ImportProperties importProperties;

    private ImportSources.Scan scan;
    private volatile boolean stopRequested;

    @Override
    public void check(CommandLine commandLine) {
        if (threads < 1 || batchSize < 1 || writers < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads, --batch-size and --writers must be at least 1");
        }
        if (bench != null) {
            if (!paths.isEmpty() || bench < 1) {
                throw new CommandLine.ParameterException(commandLine, "--bench takes a positive number and no PATH");
            }
            return;
        }
        if (paths.isEmpty() && urls.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "Give at least one file or folder (or --url) to"
                    + " import");
        }
        try {
            scan = ImportSources.scan(paths);
        } catch (ImportSources.NoSuchFileException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "Cannot read the files to import: " + e.getMessage());
        }
    }

    /** The --url pages first (fetched by the worker threads as they come to them), then the files. */
    private Iterator<ImportDocument> pagesThen(Iterator<ImportDocument> files) {
        WebPageFetcher fetcher = WebPageFetcher.configured(importProperties);
        Iterator<ImportDocument> pages = urls.stream().map(u -> ImportSources.page(u, fetcher)).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext() || files.hasNext();
            }

            @Override
            public ImportDocument next() {
                return pages.hasNext() ? pages.next() : files.next();
            }
        };
    }

    @Override
    public void stop() {
        stopRequested = true;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // a re-run after a kill first completes the index entries the killed run may not have committed
        if (!searchIndex.consistent()) {
            err.println("Search index completed after an interrupted run: " + searchIndex.repair());
        }
        Duration[] cpuBefore = cpuTime();
        long total = bench != null ? bench : scan.documents() + urls.size();
        Iterator<ImportDocument> documents = bench != null ? SyntheticArticles.documents(bench, seed)
                : pagesThen(ImportSources.documents(scan));
        BulkImport.Result result;
        long peakHeap;
        try (ProgressBar bar = new ProgressBar(err, bench != null ? "Benchmark" : "Importing", total, !noProgress)) {
            result = bulkImport.run(documents, new BulkImport.Options(threads, batchSize, writers),
                    (source, outcome) -> bar.step(), () -> stopRequested || Thread.currentThread().isInterrupted());
            peakHeap = bar.peakHeapBytes();
        }
        printSummary(out, result);
        var counts = searchIndex.settledCounts();
        boolean consistent = counts.stream().allMatch(SearchIndex.Count::consistent);
        out.println("Database and search index: " + describe(counts) + (consistent ? " (equal)" : " (DIFFERENT)"));
        if (bench != null) {
            printBenchmark(out, result, peakHeap, consistent);
            printCpu(out, result, cpuBefore, cpuTime());
        }
        if (result.stopped()) {
            out.println("Stopped before the end: run the same command again to import the rest.");
            return Commands.STOPPED;
        }
        return result.failed() > 0 || !consistent ? 1 : 0;
    }

    private void printSummary(PrintWriter out, BulkImport.Result result) {
        double seconds = Math.max(1e-3, result.took().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "Imported %,d %s with %,d quotes, %,d already in Verbatim, %,d failed%s in %.1f s"
                        + " (%.1f articles/s).%n",
                result.imported(), result.imported() == 1 ? "article" : "articles", result.quotes(),
                result.duplicates(), result.failed(),
                scan == null || scan.skipped().isEmpty() ? "" : ", " + scan.skipped().size() + " skipped",
                seconds, result.settled() / seconds);
        if (!result.failures().isEmpty()) {
            out.println("Failed (correct them and run the same command again: what is in Verbatim is skipped):");
            result.failures().forEach(f -> out.println("  " + shown(f.source()) + ": " + oneLine(f.reason())));
        }
        if (scan != null && !scan.skipped().isEmpty()) {
            out.println("Skipped:");
            scan.skipped().forEach(s -> out.println("  " + shown(s.path().toString()) + ": " + oneLine(s.reason())));
        }
    }

    /** One line per file in the summary, whatever a reason holds. */
    static String oneLine(String reason) {
        String line = reason == null ? "failed" : shown(reason.replaceAll("\\s+", " ").strip());
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    /** A file's name as the summary shows it: a line break or other control character in it shown as {@code ?}. */
    static String shown(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private void printBenchmark(PrintWriter out, BulkImport.Result result, long peakHeap, boolean consistent) {
        double seconds = Math.max(1e-3, result.took().toMillis() / 1000.0);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Benchmark: %,d synthetic articles in %s: %.1f articles/s, %.0f quotes/s; "
                        + "peak heap %,d MB of %,d MB max; %d threads, %d writers, batches of %d; index %s.%n",
                result.settled(), ProgressBar.clock(Math.round(seconds)), result.settled() / seconds,
                result.quotes() / seconds, peakHeap / (1024 * 1024), rt.maxMemory() / (1024 * 1024), threads,
                writers, batchSize, consistent ? "consistent" : "NOT consistent");
    }

    /** This JVM's CPU time and its child processes' (the embedded database), as far as the OS tells. */
    private static Duration[] cpuTime() {
        Duration children = ProcessHandle.current().descendants()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
        return new Duration[] {ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO), children};
    }

    /** CPU per article does not depend on what else the machine runs, unlike the rate. */
    private static void printCpu(PrintWriter out, BulkImport.Result result, Duration[] before, Duration[] after) {
        double jvmMs = after[0].minus(before[0]).toMillis();
        double dbMs = after[1].minus(before[1]).toMillis();
        int cores = Runtime.getRuntime().availableProcessors();
        double perArticle = (jvmMs + dbMs) / Math.max(1, result.settled());
        out.printf(Locale.ROOT, "CPU: Verbatim %.0f s, embedded database %.0f s; %.1f ms per article: at most ~%.0f"
                        + " articles/s on %d otherwise idle cores.%n", jvmMs / 1000, dbMs / 1000, perArticle,
                cores * 1000 / perArticle, cores);
    }

    private static String describe(List<SearchIndex.Count> counts) {
        return String.join(", ", counts.stream().map(c -> String.format(Locale.ROOT, "%s %,d/%,d", c.entity(),
                c.inDatabase(), c.inIndex())).toList());
    }
}
