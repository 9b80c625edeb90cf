package org.verbatim.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.Newsroom;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * What an open browser tab costs the server, not in the default suite:
 * {@code mvn -o -Pbench test -Dtest=SessionBench [-Dbench.sessions=1,10,50]}. For each N, N people sign in in
 * Debian's Chromium (a window each, its own cookies) and open an article; the bench prints the time to open it (p50,
 * p95), the heap each session holds (used heap after a full collection, before and after, divided by N) and how many
 * UI objects each Vaadin session holds; then the windows close.
 */
@VerbatimIntegrationTest
@Tag("bench")
class SessionBench {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext web;

    @Autowired
    TestUsers users;

    @Autowired
    Newsroom newsroom;

    @Test
    void heap_and_page_time_per_open_session() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sessions", "1,10,50").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        String m = Newsroom.unique();
        long speaker = newsroom.speaker("Ansel Brook" + m);
        long article = newsroom.article("Session bench " + m, null,
                Newsroom.said(speaker, "The library stays open late on Thursdays")).articleId();
        String reader = url("/articles/" + article);
        String user = "bench-" + m;
        users.create(user, Role.FACT_CHECKER);

        System.out.println("sessions | open article p50 / p95 ms | heap per session KB | UIs per session");
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            warmUp(browser, reader, user);
            for (int n : sizes) {
                long before = usedHeapAfterGc();
                int sessionsBefore = vaadinSessions().size();
                List<Page> pages = new ArrayList<>();
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Page page = BrowserSteps.session(browser, url(""), user);
                    long started = System.nanoTime();
                    page.navigate(reader);
                    assertThat(page.locator(".vb-reader-text")).containsText("The library stays open");
                    millis.add((System.nanoTime() - started) / 1_000_000);
                    pages.add(page);
                }
                long after = usedHeapAfterGc();
                // sessions of windows closed earlier are still there (until they expire), without UIs
                int[] uis = vaadinSessions().stream().mapToInt(SessionBench::uiCount).filter(c -> c > 0).toArray();
                millis.sort(null);
                System.out.printf(Locale.ROOT, "%8d | %5d / %5d | %8.0f | %.2f (%d sessions with a UI; %d sessions"
                                + " before)%n", n, millis.get(millis.size() / 2),
                        millis.get((int) Math.ceil(millis.size() * 0.95) - 1), (after - before) / 1024.0 / n,
                        Arrays.stream(uis).average().orElse(0), uis.length, sessionsBefore);
                for (Page page : pages) {
                    page.context().close();
                }
            }
        }
    }

    private void warmUp(Browser browser, String reader, String user) {
        for (int i = 0; i < 3; i++) {
            Page page = BrowserSteps.session(browser, url(""), user);
            page.navigate(reader);
            assertThat(page.locator(".vb-reader-text")).containsText("The library stays open");
            BrowserContext context = page.context();
            context.close();
        }
    }

    private List<VaadinSession> vaadinSessions() {
        Context app = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        List<VaadinSession> out = new ArrayList<>();
        for (Session s : app.getManager().findSessions()) {
            HttpSession http = s.getSession();
            try {
                for (String name : java.util.Collections.list(http.getAttributeNames())) {
                    if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                        out.add(vaadin);
                    }
                }
            } catch (IllegalStateException invalidated) {
                // ended meanwhile
            }
        }
        return out;
    }

    private static int uiCount(VaadinSession session) {
        session.lock();
        try {
            return session.getUIs().size();
        } finally {
            session.unlock();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
