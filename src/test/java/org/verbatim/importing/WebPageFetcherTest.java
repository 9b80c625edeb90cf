package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.importing.WebPageFetcher.FetchFailed;
import org.verbatim.importing.WebPageFetcher.Limits;

/** Fetching a page by its address, against a JDK HTTP server on this machine. */
class WebPageFetcherTest {

    static final String PAGE = "<html><head><title>Canal</title></head><body><p>“The canal opens in spring,” said"
            + " Mira Holt.</p></body></html>";

    static HttpServer server;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", x -> answer(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/latin1", x -> answer(x, 200, "text/html; charset=ISO-8859-1",
                "<p>Caf\u00e9 prices rise, said the owner.</p>".getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/report.pdf", x -> answer(x, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        server.createContext("/huge", x -> {
            // no Content-Length: the size is found while reading
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = "<p>words words words</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException ignored) {
                // the fetcher hung up once it had enough
            }
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(8000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/moved", x -> redirect(x, "/article"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/to-localhost", x -> redirect(x, "http://localhost:" + server.getAddress().getPort()
                + "/article"));
        server.createContext("/", x -> answer(x, 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "page-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static WebPageFetcher allowingLocal() {
        return new WebPageFetcher(new Limits(Duration.ofSeconds(1), 100_000, 3, true));
    }

    @Test
    void a_page_is_fetched_with_its_final_address_after_a_redirect() throws FetchFailed {
        WebPageFetcher.Page page = allowingLocal().fetch(base + "/moved");

        assertThat(page.url()).isEqualTo(base + "/article");
        assertThat(new String(page.utf8(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void a_page_in_another_character_set_arrives_as_utf8() throws FetchFailed {
        byte[] body = allowingLocal().fetch(base + "/latin1").utf8();

        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Caf\u00e9 prices");
        assertThat(body).isEqualTo("<p>Caf\u00e9 prices rise, said the owner.</p>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void what_is_no_page_says_what_to_do() {
        assertThatThrownBy(() -> allowingLocal().fetch(base + "/nothing-here")).isInstanceOf(FetchFailed.class)
                .hasMessage(base + "/nothing-here was not found (404): check the address.");
        assertThatThrownBy(() -> allowingLocal().fetch(base + "/report.pdf"))
                .hasMessageContaining("gives application/pdf, not an HTML page").hasMessageContaining("upload it");
        assertThatThrownBy(() -> allowingLocal().fetch(base + "/huge"))
                .hasMessageContaining("larger than 100,000 bytes").hasMessageContaining("paste it");
        assertThatThrownBy(() -> allowingLocal().fetch(base + "/loop"))
                .hasMessageContaining("redirected more than 3 times");
        assertThatThrownBy(() -> allowingLocal().fetch("ftp://files.example/a.html"))
                .hasMessageStartingWith("Not a web address to fetch");
    }

    @Test
    void a_page_that_takes_too_long_is_given_up_on_time() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> allowingLocal().fetch(base + "/slow"))
                .hasMessageContaining("took longer than 1 s").hasMessageContaining("try again later");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void loopback_and_private_addresses_are_refused_unless_allowed() {
        WebPageFetcher strict = new WebPageFetcher(new Limits(Duration.ofSeconds(1), 100_000, 3, false));

        assertThatThrownBy(() -> strict.fetch(base + "/article"))
                .hasMessageContaining("is refused: 127.0.0.1 is a private, loopback or local network address")
                .hasMessageContaining("upload it instead");
        assertThatThrownBy(() -> strict.fetch("http://[::1]:" + server.getAddress().getPort() + "/article"))
                .hasMessageContaining("is refused");
    }

    @Test
    void each_address_a_redirect_leads_to_is_checked_again() throws Exception {
        // the first address passes as public; the redirect leads to localhost, which does not
        WebPageFetcher strict = new WebPageFetcher(new Limits(Duration.ofSeconds(1), 100_000, 3, false),
                host -> host.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                        : InetAddress.getAllByName(host));
        assertThat(strict.fetch(base + "/article").url()).isEqualTo(base + "/article");

        assertThatThrownBy(() -> strict.fetch(base + "/to-localhost"))
                .hasMessageContaining("http://localhost:" + server.getAddress().getPort() + "/article is refused");
    }

    @Test
    void only_addresses_on_the_public_internet_count_as_public() throws Exception {
        for (String local : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12::1",
                "ff02::1", "::ffff:10.0.0.1"}) {
            assertThat(WebPageFetcher.isPublic(InetAddress.getByName(local))).as(local).isFalse();
        }
        for (String remote : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
            assertThat(WebPageFetcher.isPublic(InetAddress.getByName(remote))).as(remote).isTrue();
        }
    }
}
