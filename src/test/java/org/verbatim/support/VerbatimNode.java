package org.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.verbatim.Application;

/**
 * One Verbatim node in this test JVM: the whole application (web server on a random port) on an external database, as
 * one of several nodes behind a load balancer would run. Each node has its own data folder (and Lucene index, unless
 * the search backend is a cluster).
 */
public final class VerbatimNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "cluster-admin-password";

    private final String name;
    private final ConfigurableApplicationContext context;

    private VerbatimNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts a node named {@code name} on {@code database}, with {@code more} properties on top. */
    public static VerbatimNode start(String name, MariaDbServer.Database database, Map<String, Object> more) {
        Path dir = Path.of("target", "cluster-nodes", database.name() + "-" + name).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("verbatim.data-dir", dir.toString());
        properties.put("verbatim.admin.password", ADMIN_PASSWORD);
        properties.put("server.port", "0");
        properties.put("spring.application.name", "verbatim-" + name);
        properties.putAll(more);
        // as command-line arguments: above application.properties, and already there when it imports the search
        // backend's settings (VERBATIM_SEARCH_BACKEND)
        SpringApplication app = new SpringApplicationBuilder(Application.class).build();
        app.setRegisterShutdownHook(false);
        return new VerbatimNode(name, app.run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public String name() {
        return name;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Properties for a node's search backend on the Lucene default (an index in its own data folder). */
    public static Map<String, Object> lucene() {
        return new HashMap<>();
    }

    /** Properties for a node on the Elasticsearch backend: the test run's OpenSearch node, indexes named {@code prefix}. */
    public static Map<String, Object> openSearch(String prefix) {
        Map<String, Object> p = new HashMap<>();
        p.put("VERBATIM_SEARCH_BACKEND", "elasticsearch");
        p.put("VERBATIM_SEARCH_HOSTS", OpenSearchNode.get().hosts());
        p.put("VERBATIM_SEARCH_INDEX_PREFIX", prefix);
        return p;
    }
}
