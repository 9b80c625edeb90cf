package org.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Verbatim node in a JVM of its own, as a second server would run it: the application's main class on this test
 * run's class path, configured by command-line properties, its output in {@code target/cluster-nodes/<db>-<name>.log}.
 * Two application contexts started at the same moment in one JVM race on libraries' static state, which two servers
 * never share; what two nodes do share, the database, is raced for real this way.
 */
public final class VerbatimProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private VerbatimProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Launches node {@code name} on {@code database}; {@link #awaitReady()} waits until it serves requests. */
    public static VerbatimProcess launch(String name, MariaDbServer.Database database) {
        return launch(name, database, Map.of());
    }

    /** Launches node {@code name} on {@code database} with {@code more} properties on top. */
    public static VerbatimProcess launch(String name, MariaDbServer.Database database, Map<String, Object> more) {
        Path dir = Path.of("target", "cluster-nodes", database.name() + "-" + name).toAbsolutePath();
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        int port = freePort();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("verbatim.data-dir", dir.toString());
        properties.put("verbatim.admin.password", VerbatimNode.ADMIN_PASSWORD);
        properties.put("server.port", Integer.toString(port));
        properties.put("spring.application.name", "verbatim-" + name);
        properties.putAll(more);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.verbatim.Application"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            return new VerbatimProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node " + name, e);
        }
    }

    /** Returns once the node's sign-in page answers; fails with the end of its log if it died or took too long. */
    public VerbatimProcess awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped with exit code " + process.exitValue()
                        + ":\n" + tailOfLog());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Node " + name + " was not ready within " + READY_WITHIN + ":\n" + tailOfLog());
    }

    /** GET {@code path} of the node's API as {@code user} with HTTP basic authentication: status and body. */
    public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, password))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST {@code body} as {@code contentType} to {@code path} as {@code user} with HTTP basic authentication. */
    public HttpResponse<String> post(String path, String contentType, String body, String user, String password)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, password))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Ends the node at once, as a crash or a power cut would: no shutdown hook, no orderly close. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
