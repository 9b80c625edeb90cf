package org.verbatim.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium for real-browser tests. Browser downloads are blocked here, so the test installs the Debian
 * package itself when it is missing and it runs as root; elsewhere it says what to install (and fails on CI).
 */
public final class Chromium {

    /**
     * How long a browser test waits for an element, a navigation or an assertion to come true. Generous: the tests
     * share a small machine with other work, where a Vaadin round trip that takes 50 ms alone can take seconds.
     */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));

    private Chromium() {
    }

    public static Path executable() {
        Path found = find();
        if (found == null && "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            install();
            found = find();
        }
        if (found == null) {
            String message = "No Chromium found: install it (Debian: apt-get install chromium) to run the browser tests";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return found;
    }

    /** Launches Chromium, and makes every Playwright assertion wait up to {@link #WAIT} (the default is 5 s). */
    public static Browser launch(Playwright playwright) throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
        Path home = Files.createTempDirectory("verbatim-chromium");
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setEnv(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString(),
                        "HOME", home.toString()))
                // the machine has no network beyond package registries: keep Chromium from calling out
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    private static Path find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static synchronized void install() {
        try {
            run("apt-get", "update", "-qq");
            run("apt-get", "install", "-y", "-qq", "chromium");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not install Chromium with apt-get: " + e.getMessage(), e);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
