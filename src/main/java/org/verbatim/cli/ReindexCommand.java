package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.base.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index from the database, with progress on stderr.",
                "With --repair, only indexes the rows the index lacks and drops documents without a row."})
final class ReindexCommand implements Callable<Integer> {

    @Option(names = "--repair", description = "Repair instead of rebuilding everything.")
    boolean repair;

    @Option(names = "--threads", paramLabel = "N", description = "Threads loading entities (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    SearchIndex searchIndex;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repair) {
            out.println("Repaired: " + searchIndex.repair());
        } else {
            try (ProgressBar bar = new ProgressBar(err, "Indexing", 0, !noProgress)) {
                searchIndex.rebuild(bar::addToTotal, bar::step, threads);
                out.printf(Locale.ROOT, "Rebuilt the search index in %.1f s.%n", bar.elapsed().toMillis() / 1000.0);
            }
        }
        var counts = searchIndex.settledCounts();
        boolean consistent = counts.stream().allMatch(SearchIndex.Count::consistent);
        counts.forEach(c -> out.printf(Locale.ROOT, "  %s: %,d in the database, %,d in the index%n", c.entity(),
                c.inDatabase(), c.inIndex()));
        return consistent ? 0 : 1;
    }
}
