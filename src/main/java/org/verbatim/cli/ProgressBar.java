package org.verbatim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a line every ten seconds otherwise (logs, CI). It also
 * samples the heap, for the benchmark's peak memory.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final AtomicLong total;
    private final AtomicLong done = new AtomicLong();
    private final boolean terminal;
    private final long began = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private volatile int lastLength;

    ProgressBar(PrintWriter err, String label, long total, boolean show) {
        this.err = err;
        this.label = label;
        this.total = new AtomicLong(total);
        this.terminal = interactive();
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "verbatim-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::sampleHeap, 0, 100, TimeUnit.MILLISECONDS);
        if (show) {
            long every = terminal ? 250 : 10_000;
            ticker.scheduleAtFixedRate(this::draw, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** A terminal the bar can redraw in place; Java 22+ has a Console even when output is redirected. */
    private static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is a terminal
        }
    }

    void step() {
        done.incrementAndGet();
    }

    void step(long n) {
        done.addAndGet(n);
    }

    void addToTotal(long more) {
        total.addAndGet(more);
    }

    void set(long value) {
        done.set(value);
    }

    long peakHeapBytes() {
        sampleHeap();
        return peakHeap.get();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private void sampleHeap() {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private synchronized void draw() {
        String line = render();
        if (terminal) {
            String pad = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
            err.print("\r" + line + pad);
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    String render() {
        long n = done.get();
        long of = Math.max(total.get(), n);
        double seconds = Math.max(1e-3, (System.nanoTime() - began) / 1e9);
        double rate = n / seconds;
        double fraction = of == 0 ? 1 : (double) n / of;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = rate <= 0 || n == 0 ? "--:--" : clock(Math.round((of - n) / rate));
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %,d/%,d  %.1f/s  ETA %s", label, "#".repeat(filled),
                "-".repeat(WIDTH - filled), Math.round(fraction * 100), n, of, rate, eta);
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (terminal && lastLength > 0) {
            err.print("\r" + render());
            err.println();
        }
        err.flush();
    }
}
