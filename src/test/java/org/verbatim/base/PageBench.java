package org.verbatim.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.security.Role;
import org.verbatim.support.BrowserSteps;
import org.verbatim.support.Chromium;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * How fast each screen opens for one person, not in the default suite:
 * {@code mvn -o -Pbench test -Dtest=PageBench [-Dbench.runs=10]}. One user with every desk role signs in in Debian's
 * Chromium and, on the demo articles, opens each main screen after a warm-up, by address (a full page load) and from
 * inside the application (a link, one server round trip), then presses j, k and c in an article. For each it prints
 * p50 / p95 of the time from the navigation or key to the content shown with no request outstanding, and per action
 * the server's side: requests, their time and thread CPU, the whole process's CPU, and SQL statements (with the ones
 * repeated within one action, the signs of N+1 queries). The wall clock shares the machine with everything else
 * running; the CPU and statement counts do not. {@code -Dbench.only=home,article} measures only the screens (and keys,
 * {@code keys}) named.
 */
@VerbatimIntegrationTest
@Tag("bench")
@Import(PageBench.Meter.class)
class PageBench {

    private static final String IDLE = "() => !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients) && "
            + "Object.values(Vaadin.Flow.clients).every(c => typeof c.isActive !== 'function' || !c.isActive())";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private final StringBuilder report = new StringBuilder();

    /** With {@code -Dbench.trace=true}: what each browser request of an action's first measured run carried. */
    private final boolean trace = Boolean.getBoolean("bench.trace");
    private final List<String> traced = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean tracing;
    private volatile double traceStarted;

    record Screen(String name, String path, String content) {
    }

    @Test
    void page_and_key_times_for_one_user() throws Exception {
        int runs = Integer.getInteger("bench.runs", 10);
        int warmUp = Integer.getInteger("bench.warmup", 3);
        long article = jdbc.sql("select article_id from quote group by article_id order by count(*) desc limit 1")
                .query(Long.class).single();
        List<Long> quotes = jdbc.sql("select id from quote where article_id = ? order by start_offset")
                .param(article).query(Long.class).list();
        long speaker = jdbc.sql("select speaker_id from quote where speaker_id is not null group by speaker_id"
                + " order by count(*) desc limit 1").query(Long.class).single();
        String word = jdbc.sql("select canonical_name from speaker where id = ?").param(speaker).query(String.class).single()
                .split(" ")[0];
        String user = "pagebench";
        users.create(user, Role.FACT_CHECKER, Role.EDITOR, Role.AUDITOR);

        List<Screen> screens = List.of(
                new Screen("home", "/home", ".vb-home .vb-home-section"),
                new Screen("articles", "/", ".vb-articles vaadin-grid"),
                new Screen("article", "/articles/" + article, ".vb-reader-text mark.vb-q"),
                new Screen("search", "/search?q=" + word, ".vb-results [data-quote]"),
                new Screen("conflicts", "/conflicts", ".vb-watch > *"),
                new Screen("conflicts quote", "/conflicts?quote=" + quotes.getFirst(), ".vb-group, .vb-meta >> text=/candidate/"),
                new Screen("compare", "/compare?quotes=" + quotes.get(0) + "," + quotes.get(1), ".vb-compare-column >> nth=1"),
                new Screen("speakers", "/speakers", ".vb-speakers vaadin-grid"),
                new Screen("speaker", "/speakers/" + speaker, ".vb-statements vaadin-grid"),
                new Screen("queue", "/queue", "vaadin-grid"),
                new Screen("history", "/history", ".vb-history vaadin-grid"),
                new Screen("exports", "/exports", ".vb-export"));
        String only = System.getProperty("bench.only", "");
        List<String> wanted = only.isBlank() ? List.of() : List.of(only.split(","));
        if (!wanted.isEmpty()) {
            screens = screens.stream().filter(s -> wanted.contains(s.name())).toList();
        }

        line("load average before: " + loadAverage());
        line(String.format(Locale.ROOT, "%-26s | %6s %6s | %5s %7s %7s %7s | %5s", "action (runs=" + runs + ")",
                "p50", "p95", "reqs", "srv ms", "thr cpu", "proc cpu", "sql"));
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = BrowserSteps.session(browser, url(""), user);
            if (trace) {
                // when each request started after the action began and how long it took (-1: answered from the cache)
                page.onRequestFinished(r -> {
                    if (tracing && !r.url().contains("/VAADIN/build/")) {
                        String body = r.postData();
                        com.microsoft.playwright.options.Timing t = r.timing();
                        com.microsoft.playwright.Response answer = r.response();
                        traced.add(String.format(Locale.ROOT, "+%4.0f %4.0f ms ", t.startTime - traceStarted,
                                t.responseEnd) + (answer == null ? "" : answer.status() + " "
                                + answer.headers().get("cache-control") + " ")
                                + r.method() + " " + r.url().replaceFirst("^http://[^/]+", "")
                                + (body == null ? "" : " " + abbreviate(body, 4000)));
                    }
                });
            }
            for (Screen s : screens) {
                measure("load " + s.name(), warmUp, runs, i -> {
                    page.navigate(url(s.path()));
                    shown(page, s.content());
                });
            }
            for (Screen s : screens) {
                Screen from = s.name().equals("exports") ? screens.getFirst() : screens.getLast();
                measure("click " + s.name(), warmUp, runs, new Step() {
                    @Override
                    public void before(int i) {
                        inApp(page, from.path());
                        shown(page, from.content());
                    }

                    @Override
                    public void accept(Integer i) {
                        inApp(page, s.path());
                        shown(page, s.content());
                    }
                });
            }
            if (wanted.isEmpty() || wanted.contains("keys")) {
                page.navigate(url("/articles/" + article + "?quote=" + quotes.getFirst()));
                shown(page, "mark.vb-q-selected");
                int[] at = {0};
                Consumer<Integer> next = i -> {
                    at[0] = (at[0] + 1) % quotes.size();
                    page.keyboard().press("j");
                    shown(page, "mark.vb-q-selected[data-id='" + quotes.get(at[0]) + "']");
                };
                measure("key j (next quote)", warmUp, runs, next);
                measure("key k (previous quote)", warmUp, runs, i -> {
                    at[0] = Math.floorMod(at[0] - 1, quotes.size());
                    page.keyboard().press("k");
                    shown(page, "mark.vb-q-selected[data-id='" + quotes.get(at[0]) + "']");
                });
                measure("key c (confirm)", 1, Math.min(runs, quotes.size() / 2 - 1), new Step() {
                    @Override
                    public void before(int i) {
                        next.accept(i);
                        assertThat(page.locator("mark.vb-q-selected").first()).hasClass(
                                java.util.regex.Pattern.compile("vb-q-pending"));
                    }

                    @Override
                    public void accept(Integer i) {
                        long id = quotes.get(at[0]);
                        page.keyboard().press("c");
                        shown(page, "mark.vb-q-confirmed[data-id='" + id + "']");
                        at[0] = quotes.indexOf(Long.valueOf(page.locator("mark.vb-q-selected").first()
                                .getAttribute("data-id")));
                    }
                });
            }
        }
        line("load average after: " + loadAverage());
        System.out.println(report);
        Path out = Path.of("target", "page-bench.txt");
        Files.writeString(out, report);
    }

    /** The step one run times; {@link #before} prepares it, untimed. */
    interface Step extends Consumer<Integer> {
        default void before(int i) {
        }
    }

    private void measure(String name, int warmUp, int runs, Consumer<Integer> action) {
        Step step = action instanceof Step s ? s : action::accept;
        for (int i = 0; i < warmUp; i++) {
            step.before(i);
            step.accept(i);
        }
        List<Double> wall = new ArrayList<>();
        long requests = 0;
        long serverNanos = 0;
        long threadCpu = 0;
        long processCpu = 0;
        long statements = 0;
        Map<String, Long> repeated = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            step.before(i);
            Meter.Snapshot before = Meter.snapshot();
            Meter.SQL.clear();
            Meter.recording = true;
            tracing = trace && i == 0;
            traceStarted = System.currentTimeMillis();
            long started = System.nanoTime();
            step.accept(i);
            wall.add((System.nanoTime() - started) / 1e6);
            Meter.recording = false;
            tracing = false;
            Meter.Snapshot after = Meter.snapshot();
            requests += after.requests() - before.requests();
            serverNanos += after.serverNanos() - before.serverNanos();
            threadCpu += after.threadCpu() - before.threadCpu();
            processCpu += after.processCpu() - before.processCpu();
            statements += after.statements() - before.statements();
            if (i == 0) {
                traced.forEach(r -> line(String.format(Locale.ROOT, "%30s  > %s", "", r)));
                traced.clear();
                boolean all = trace || name.equals("load home") || name.equals("click home")
                        || name.startsWith("key j");
                Meter.SQL.forEach((sql, n) -> {
                    if (n.get() > 1 || all && (trace || sql.startsWith("[request]"))) {
                        repeated.put(sql, n.get());
                    }
                });
            }
        }
        wall.sort(null);
        double n = Math.max(runs, 1);
        line(String.format(Locale.ROOT, "%-26s | %6.0f %6.0f | %5.1f %7.1f %7.1f %7.1f | %5.1f", name,
                wall.get(wall.size() / 2), wall.get((int) Math.ceil(wall.size() * 0.95) - 1), requests / n,
                serverNanos / n / 1e6, threadCpu / n / 1e6, processCpu / n / 1e6, statements / n));
        repeated.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(trace || name.equals("load home") ? 40 : 6)
                .forEach(e -> line(String.format(Locale.ROOT, "%30s %3d× %s", "", e.getValue(),
                        abbreviate(e.getKey()))));
    }

    private static String abbreviate(String sql) {
        return abbreviate(sql, 150);
    }

    private static String abbreviate(String text, int max) {
        String s = text.replaceAll("\\s+", " ");
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    private void line(String s) {
        System.out.println(s);
        report.append(s).append('\n');
    }

    private static void shown(Page page, String selector) {
        page.locator(selector).first().waitFor();
        page.waitForFunction(IDLE);
    }

    /** A navigation inside the application (Vaadin's router handles the link: one round trip, no page load). */
    private void inApp(Page page, String path) {
        page.evaluate("""
                path => {
                  const a = document.createElement('a');
                  a.href = path;
                  a.setAttribute('router-link', '');
                  document.body.appendChild(a);
                  a.click();
                  a.remove();
                }""", path);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Counts what the server does: requests with their time and thread CPU, and SQL statements by text. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Meter {

        static final AtomicLong REQUESTS = new AtomicLong();
        static final AtomicLong SERVER_NANOS = new AtomicLong();
        static final AtomicLong THREAD_CPU = new AtomicLong();
        static final AtomicLong STATEMENTS = new AtomicLong();
        static final Map<String, AtomicLong> SQL = new ConcurrentHashMap<>();
        static volatile boolean recording;
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        record Snapshot(long requests, long serverNanos, long threadCpu, long processCpu, long statements) {
        }

        static Snapshot snapshot() {
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Snapshot(REQUESTS.get(), SERVER_NANOS.get(), THREAD_CPU.get(), process, STATEMENTS.get());
        }

        @Bean
        FilterRegistrationBean<Filter> requestTimer() {
            Filter timer = (ServletRequest request, ServletResponse response, jakarta.servlet.FilterChain chain) -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    SERVER_NANOS.addAndGet(System.nanoTime() - started);
                    long used = THREADS.getCurrentThreadCpuTime();
                    if (cpu >= 0 && used >= 0) {
                        THREAD_CPU.addAndGet(used - cpu);
                    }
                    REQUESTS.incrementAndGet();
                    if (recording && request instanceof HttpServletRequest http
                            && response instanceof jakarta.servlet.http.HttpServletResponse answer) {
                        SQL.computeIfAbsent("[request] " + http.getMethod() + " " + http.getRequestURI()
                                        + (http.getQueryString() == null ? "" : "?" + http.getQueryString().replaceAll(
                                        "v-uiId=\\d+|\\d{6,}", "…")) + " → " + answer.getStatus() + " "
                                        + answer.getHeader("Cache-Control"), k -> new AtomicLong()).incrementAndGet();
                    }
                }
            };
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(timer);
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.addUrlPatterns("/*");
            return bean;
        }

        /** Wraps the application's pool (not the migration one) to count statements. */
        @Bean
        static BeanPostProcessor statementCounter() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && name.equals("dataSource")) {
                        return proxy(DataSource.class, ds, (m, args) -> {
                            if (m.getName().equals("getConnection")) {
                                return Connection.class;
                            }
                            return null;
                        });
                    }
                    return bean;
                }
            };
        }

        interface Wrap {
            Class<?> apply(Method m, Object[] args);
        }

        private static <T> T proxy(Class<T> type, Object target, Wrap wrap) {
            InvocationHandler h = (p, m, args) -> {
                Object result;
                try {
                    result = m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (m.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                    count(sql);
                }
                if (target instanceof Statement && m.getName().startsWith("execute") && args != null
                        && args.length > 0 && args[0] instanceof String sql) {
                    count(sql);
                }
                Class<?> as = wrap.apply(m, args);
                if (as != null) {
                    return proxy(as, result, PageBench.Meter::wrapConnection);
                }
                return result;
            };
            return type.cast(Proxy.newProxyInstance(PageBench.class.getClassLoader(), new Class<?>[] {type}, h));
        }

        private static Class<?> wrapConnection(Method m, Object[] args) {
            return m.getName().equals("createStatement") ? Statement.class : null;
        }

        private static void count(String sql) {
            STATEMENTS.incrementAndGet();
            if (recording) {
                SQL.computeIfAbsent(sql, k -> new AtomicLong()).incrementAndGet();
            }
        }
    }
}
