package org.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, external MariaDB server for the tests that need one beside the embedded database: Debian's
 * {@code mariadb-server} (10.11), run as a child process of the test JVM on a free loopback port with its own data
 * folder under {@code target/}, once per test run (whichever test asks first starts it; a shutdown hook stops it).
 * {@code .ci/run} installs the package; without it the tests that need it fail and say how to install it.
 * <p>
 * Each {@link #newDatabase} is an empty database with the two accounts the README asks for (the schema's owner, and
 * the application's account, which Verbatim grants what it needs), so tests do not see each other's data.
 */
public final class MariaDbServer {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final String ROOT_PASSWORD = "root-" + ProcessHandle.current().pid();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static MariaDbServer running;

    /** A database on this server and the settings that point Verbatim at it, as its README says. */
    public record Database(String name, String url, String owner, String ownerPassword, String user,
                           String password) {
        /** Verbatim's properties for this database (MariaDB 10.11, migrations as the owner). */
        public Map<String, Object> properties() {
            Map<String, Object> p = new HashMap<>();
            p.put("spring.datasource.url", url);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.flyway.user", owner);
            p.put("spring.flyway.password", ownerPassword);
            p.put("spring.jpa.properties.jakarta.persistence.database-major-version", "10");
            p.put("spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
            return p;
        }
    }

    private final Process process;
    private final int port;
    private final Path dir;

    private MariaDbServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The server of this test run, started on first use. */
    public static synchronized MariaDbServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "mariadb-server-stop"));
        }
        return running;
    }

    public int port() {
        return port;
    }

    /** A new empty database with its owner and application accounts. */
    public Database newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        String owner = name + "_owner";
        String user = name + "_app";
        String ownerPassword = "owner-password-" + name;
        String password = "app-password-" + name;
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER '" + owner + "'@'%' IDENTIFIED BY '" + ownerPassword + "'");
            s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + owner + "'@'%' WITH GRANT OPTION");
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return new Database(name, url(name), owner, ownerPassword, user, password);
    }

    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&permitMysqlScheme=true";
    }

    /** A connection as the server's root, for tests that look behind Verbatim's back. */
    public Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true", "root", ROOT_PASSWORD);
    }

    private static MariaDbServer start() {
        if (!Files.isExecutable(MARIADBD) || !Files.isExecutable(INSTALL_DB)) {
            throw new IllegalStateException("No MariaDB server at " + MARIADBD + ": these tests run Verbatim against"
                    + " a real external MariaDB. Install Debian's mariadb-server (apt-get install mariadb-server;"
                    + " .ci/run does it when it is missing).");
        }
        Path root = Path.of("target", "mariadb-server").toAbsolutePath();
        try {
            Files.createDirectories(root);
            try (Stream<Path> old = Files.list(root)) {
                old.forEach(MariaDbServer::deleteQuietly);
            }
            Path dir = Files.createDirectories(root.resolve("run-" + ProcessHandle.current().pid()));
            Path data = dir.resolve("data");
            // its own temporary folder: other servers on this machine write theirs to /tmp under the same names
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            List<String> user = isRoot() ? List.of("--user=root") : List.of();
            List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                    "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db", "--tmpdir=" + tmp));
            install.addAll(user);
            Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!installing.waitFor(180, TimeUnit.SECONDS) || installing.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
            }
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
                    "--port=" + port, "--bind-address=127.0.0.1", "--tmpdir=" + tmp, "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--log-error=" + dir.resolve("error.log"),
                    "--skip-name-resolve", "--innodb-buffer-pool-size=128M", "--innodb-log-file-size=48M",
                    "--innodb-flush-log-at-trx-commit=2", "--max-connections=400",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
            command.addAll(user);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            MariaDbServer server = new MariaDbServer(process, port, dir);
            server.awaitReady(dir.resolve("mysqld.sock"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the server to take connections on its socket, then lets root in on TCP with a password. */
    private void awaitReady(Path socket) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped at start: " + Files.readString(dir.resolve("error.log")));
            }
            Process ping = new ProcessBuilder("/usr/bin/mariadb", "--no-defaults", "--socket=" + socket, "-uroot",
                    "-e", "CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '" + ROOT_PASSWORD + "'; "
                    + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (ping.waitFor(30, TimeUnit.SECONDS) && ping.exitValue() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("mariadbd did not take connections within 120 s: "
                + Files.readString(dir.resolve("error.log")));
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        deleteQuietly(dir);
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            return new String(p.getInputStream().readAllBytes()).strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void deleteQuietly(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a folder still in use stays
        }
    }
}
