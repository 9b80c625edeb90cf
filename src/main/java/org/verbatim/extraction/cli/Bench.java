package org.verbatim.extraction.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the benchmark lands. */
final class Bench {
    private Bench() {
    }

    static int run(List<String> files, double seconds, PrintStream out, PrintStream err) {
        err.println("bench: not implemented yet");
        return 2;
    }
}
