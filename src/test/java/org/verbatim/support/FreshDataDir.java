package org.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the test JVM its own empty data folder ({@code target/it-data/run-<pid>}) and removes those of earlier runs.
 * The first administrator gets a known password here only, from the test properties.
 */
public class FreshDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "test-admin-password-" + ProcessHandle.current().pid();
    public static final String PUBLIC_URL = "https://verbatim.test/";
    private static final Path ROOT = Path.of("target", "it-data").toAbsolutePath();
    private static final Path DIR = create();

    private static Path create() {
        try {
            Files.createDirectories(ROOT);
            try (Stream<Path> old = Files.list(ROOT)) {
                old.forEach(FreshDataDir::deleteQuietly);
            }
            return Files.createDirectories(ROOT.resolve("run-" + ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a folder still in use by a live run stays; it does not share our path
        }
    }

    public static Path dir() {
        return DIR;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-data-dir", Map.of(
                "verbatim.data-dir", DIR.toString(),
                "verbatim.admin.password", ADMIN_PASSWORD,
                // ClaimReview records point at their quotes here (the export is refused without an address)
                "verbatim.export.public-url", PUBLIC_URL,
                // imports by address fetch pages from a server the test starts on this machine (WebPageFetcherTest
                // checks the refusal of such addresses, which is the default)
                "verbatim.import.allow-private-addresses", "true",
                "verbatim.import.fetch-timeout", "3s",
                // the watched-contradiction job would tell every fact-checker and editor of other tests' contradictions
                // at a moment no test chooses; ConflictNoticesIT runs it by hand
                "verbatim.notifications.conflict-check", "P1D",
                // a test that keeps connections (a thread left waiting) shows where it took them
                "verbatim.embedded-db.leak-report", "20s")));
    }
}
