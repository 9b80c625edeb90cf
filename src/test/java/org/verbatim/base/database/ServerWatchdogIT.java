package org.verbatim.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A JVM killed with {@code kill -9} runs no shutdown hook: its embedded MariaDB must still stop by itself, soon, not
 * run on holding the data files until the next start. The database runs in a child JVM here, which the test kills.
 */
class ServerWatchdogIT {

    /** The child JVM: starts the embedded database, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = new EmbeddedMariaDb(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, "verbatim", 2, java.time.Duration.ZERO));
        db.start();
        System.out.println("STARTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void the_embedded_server_stops_by_itself_when_its_jvm_is_killed_with_signal_9() throws Exception {
        Path home = Files.createTempDirectory("verbatim-watchdog");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ServerWatchdogIT.class.getName(), home.toString()))
                .redirectErrorStream(true).start();
        ProcessHandle server = null;
        try {
            assertThat(started(jvm)).as("the child JVM started its database").isTrue();
            server = jvm.descendants().filter(p -> p.info().commandLine()
                    .map(c -> c.contains("mysqld") || c.contains("mariadbd")).orElse(false)).findFirst().orElseThrow();
            assertThat(running(server.pid())).isTrue();

            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long began = System.nanoTime();
            long deadline = began + Duration.ofSeconds(20).toNanos();
            while (running(server.pid()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            System.out.printf("ServerWatchdogIT: the server (pid %d) was gone %.1f s after its JVM was killed%n",
                    server.pid(), (System.nanoTime() - began) / 1e9);
            assertThat(running(server.pid())).as("the server stopped by itself after its JVM was killed").isFalse();
        } finally {
            jvm.destroyForcibly();
            if (server != null && running(server.pid())) {
                server.destroyForcibly();
            }
        }
    }

    /** Waits (bounded) for the child's STARTED line; its other output is kept for the failure message. */
    private static boolean started(Process jvm) throws Exception {
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("STARTED")) {
                        return true;
                    }
                    output.append(line).append('\n');
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        });
        try {
            boolean ok = ready.get(5, TimeUnit.MINUTES);
            if (!ok) {
                System.out.println(output);
            }
            return ok;
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println(output);
            return false;
        }
    }

    /** Alive and not a zombie waiting to be reaped by whoever inherited it. */
    private static boolean running(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            Optional<String> state = Files.readAllLines(status).stream().filter(l -> l.startsWith("State:")).findFirst();
            return state.isPresent() && !state.get().contains("Z");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
