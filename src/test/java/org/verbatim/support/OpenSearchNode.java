package org.verbatim.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node for the tests that run Verbatim on the Elasticsearch backend: the server's own jars from
 * Maven Central (test dependencies: {@code org.opensearch:opensearch} with the netty4 transport, common analysis and
 * reindex modules), started from {@link Main} in a JVM of its own on free loopback ports, with a fresh home folder
 * under {@code target/}, once per test run (whichever test asks first starts it; a shutdown hook stops it). No Docker,
 * nothing downloaded at run time.
 * <p>
 * Tests share the node: each gives its installation an index prefix of its own ({@link #newPrefix}), as two
 * installations sharing a cluster would.
 */
public final class OpenSearchNode {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(2);
    private static OpenSearchNode running;
    private static int prefixes;

    private final Process process;
    private final int httpPort;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenSearchNode(Process process, int httpPort, Path home) {
        this.process = process;
        this.httpPort = httpPort;
        this.home = home;
    }

    /** The node of this test run, started (and waited for) on first use. */
    public static synchronized OpenSearchNode get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "opensearch-node-stop"));
        }
        return running;
    }

    /** {@code host:port} of the node's HTTP interface, as {@code VERBATIM_SEARCH_HOSTS} takes it. */
    public String hosts() {
        return "127.0.0.1:" + httpPort;
    }

    /** A prefix for one test's index names, unused so far on this node. */
    public static synchronized String newPrefix(String name) {
        return name + "-" + (++prefixes) + "-";
    }

    /** GET {@code path} on the node's REST interface: the body, or a failure with the status. */
    public String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** DELETE {@code path} on the node's REST interface (a test's own indexes, when it is done). */
    public String delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private URI uri(String path) {
        return URI.create("http://" + hosts() + path);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenSearchNode start() {
        Path root = Path.of("target", "opensearch-node").toAbsolutePath();
        try {
            Files.createDirectories(root);
            try (Stream<Path> old = Files.list(root)) {
                old.forEach(MariaDbServer::deleteQuietly);
            }
            Path home = Files.createDirectories(root.resolve("run-" + ProcessHandle.current().pid()));
            int httpPort = MariaDbServer.freePort();
            int transportPort = MariaDbServer.freePort();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                    "-Dlog4j2.disable.jmx=true", "-Dlog4j.shutdownHookEnabled=false",
                    "-cp", nodeClassPath(), Main.class.getName(),
                    home.toString(), Integer.toString(httpPort), Integer.toString(transportPort));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.log").toFile()).start();
            OpenSearchNode node = new OpenSearchNode(process, httpPort, home);
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test class path without Logback's bridge for Log4j: OpenSearch logs through Log4j's own implementation,
     * which it configures itself.
     */
    private static String nodeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("log4j-to-slf4j") && !entry.contains("logback-"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The OpenSearch node stopped at start:\n" + tailOfLog());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The OpenSearch node was not healthy within " + HEALTHY_WITHIN + ":\n"
                + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("node.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log in " + home + ")";
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        MariaDbServer.deleteQuietly(home);
    }

    /**
     * The node's JVM: {@code Main <home> <http port> <transport port>}. One node, its own cluster, loopback only, no
     * security plugin (none is on the class path), the modules Hibernate Search needs given as classpath plugins.
     */
    public static final class Main {

        public static void main(String[] args) throws Exception {
            Path home = Path.of(args[0]);
            org.opensearch.common.settings.Settings settings = org.opensearch.common.settings.Settings.builder()
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("cluster.name", "verbatim-tests")
                    .put("node.name", "verbatim-tests-node")
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", args[1])
                    .put("transport.port", args[2])
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    // the test machine's disk may be fuller than the defaults allow for new shards
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .put("action.auto_create_index", false)
                    .build();
            List<Class<? extends org.opensearch.plugins.Plugin>> plugins = new ArrayList<>(List.of(
                    org.opensearch.transport.Netty4Plugin.class,
                    org.opensearch.analysis.common.CommonAnalysisPlugin.class,
                    org.opensearch.index.reindex.ReindexPlugin.class));
            Node node = new Node(org.opensearch.node.InternalSettingsPreparer.prepareEnvironment(settings, Map.of(),
                    null, () -> "verbatim-tests-node"), plugins);
            node.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }, "opensearch-close"));
            Thread.currentThread().join();
        }
    }

    /** OpenSearch's node with plugins given as classes (the server's own start-up loads them from folders). */
    static final class Node extends org.opensearch.node.Node {
        Node(org.opensearch.env.Environment environment, List<Class<? extends org.opensearch.plugins.Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
