package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.importing.BulkImport;
import org.verbatim.importing.ImportSources;
import org.verbatim.quote.Quote;
import org.verbatim.security.SystemUser;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class ImportCommandIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkImport bulkImport;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    EntityManagerFactory emf;

    @TempDir
    Path dir;

    CommandsAccess.Run verbatim(String... args) {
        return CommandsAccess.run(context, args);
    }

    static String article(String marker, int n) {
        return "Council " + marker + " meets again (" + n + ")\n\nThe harbour council met on Monday. “We will "
                + "reopen berth " + n + " for " + marker + " next spring,” said Mara Velt, the harbour master.\n";
    }

    @Test
    void imports_a_folder_of_mixed_files_and_lists_every_failure_with_its_reason() throws IOException {
        String m = marker();
        Files.writeString(dir.resolve("a.txt"), article(m, 1));
        Files.writeString(dir.resolve("copy-of-a.txt"), article(m, 1));
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("sub/deeper/b.html"), "<html><head><title>Page " + m + "</title></head><body>"
                + "<nav>Menu</nav><article><p>“Page quote " + m + " is here,” said Ola Brun.</p></article></body></html>");
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"text\": " + json(article(m, 2)) + ", \"title\": \"Feed " + m + "\", \"publisher\": \"Courier\","
                        + " \"url\": \"https://news.example/" + m + "\", \"published\": \"2024-03-05\"}",
                "",
                "{\"html\": \"<p>“HTML line " + m + " works,” said Ada Holm.</p>\"}",
                "not json at all",
                "{\"title\": \"no text\"}",
                "{\"text\": \"Dated " + m + "\", \"published\": \"5 March\"}",
                "{\"text\": \"Too long a publisher " + m + "\", \"publisher\": \"" + "P".repeat(300) + "\"}") + "\n");
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4 not an article");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/ignored.txt"), article(m, 99));

        CommandsAccess.Run run = verbatim("import", "--no-progress", dir.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("Imported 4 articles")
                .contains("1 already in Verbatim")
                .contains("6 failed")
                .contains("1 skipped")
                .contains(dir.resolve("photo.txt") + ": photo.txt looks like a PNG image file")
                .contains(dir.resolve("empty.txt") + ": empty.txt is empty")
                .contains(dir.resolve("feed.jsonl") + ":4: ")
                .contains(dir.resolve("feed.jsonl") + ":5: ")
                .contains(dir.resolve("feed.jsonl") + ":6: \"published\" must be a date as YYYY-MM-DD")
                .contains(dir.resolve("feed.jsonl") + ":7: Its publisher has 300 characters; at most 200 are kept")
                .contains("Skipped:\n  " + dir.resolve("notes.pdf") + ": not a .txt, .html or .jsonl file")
                .doesNotContain("ignored.txt")
                .contains("(equal)");
        assertThat(storedWithMarker(m)).isEqualTo(4);
        var feed = jdbc.sql("select title, publisher, url, published_on from article where source_name = ?")
                .param(dir.resolve("feed.jsonl") + ":1").query().singleRow();
        assertThat(feed.get("title")).isEqualTo("Feed " + m);
        assertThat(feed.get("publisher")).isEqualTo("Courier");
        assertThat(feed.get("url")).isEqualTo("https://news.example/" + m);
        assertThat(feed.get("published_on").toString()).isEqualTo("2024-03-05");
        assertThat(jdbc.sql("select title from article where source_name = ?")
                .param(dir.resolve("sub/deeper/b.html").toString()).query(String.class).single()).isEqualTo("Page " + m);

        CommandsAccess.Run again = verbatim("import", "--no-progress", dir.toString());
        assertThat(again.out()).contains("Imported 0 articles").contains("5 already in Verbatim");
        assertThat(storedWithMarker(m)).isEqualTo(4);
    }

    @Test
    void every_problem_file_is_one_worded_line_of_the_summary_and_links_that_lead_nowhere_are_counted()
            throws IOException {
        String m = marker();
        Files.writeString(dir.resolve("good.txt"), article(m, 1));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/far.txt"), article(m, 2));
        Files.createSymbolicLink(dir.resolve("sub"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("linked.txt"), dir.resolve("elsewhere/far.txt"));
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"text\": " + json(article(m, 3)) + ", \"url\": \"javascript:alert(document.cookie)\"}",
                "{\"text\": " + json(article(m, 4)) + ", \"url\": \" JavaScript:alert(1)\"}",
                "{\"text\": " + json(article(m, 5)) + ", \"url\": \"data:text/html,<script>alert(1)</script>\"}",
                "{\"text\": " + json(article(m, 6)) + ", \"publisher\": \"" + "P".repeat(5000) + "\"}",
                "{\"text\": " + json(article(m, 7)) + ", \"url\": \"https://news.example/" + m + "\"}") + "\n");

        CommandsAccess.Run run = verbatim("import", "--no-progress", dir.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        // good.txt, far.txt once (the link to it is the same text), the last line of the feed
        assertThat(run.out()).as(run.out()).contains("Imported 3 articles").contains("1 already in Verbatim")
                .contains("4 failed").contains("2 skipped");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.out())
                .contains("  " + dir.resolve("dangling.txt") + ": a link to " + dir.resolve("gone.txt")
                        + ", which does not exist: fix or remove the link")
                .contains("  " + dir.resolve("sub") + ": a link to the folder " + dir.resolve("elsewhere")
                        + ", not followed: name that folder to import it");
        for (int line = 1; line <= 3; line++) {
            String where = "  " + dir.resolve("feed.jsonl") + ":" + line + ":";
            assertThat(lines).as(run.out()).anySatisfy(l -> assertThat(l).startsWith(where
                    + " Its URL: only http:// and https:// web addresses are kept, not “"));
        }
        assertThat(lines).contains("  " + dir.resolve("feed.jsonl") + ":4: Its publisher has 5000 characters; at"
                + " most 200 are kept: shorten it.");
        // one line per problem: the count line, two headings, four failures, two skipped, the index line
        assertThat(lines).as(run.out()).hasSize(10);
        assertThat(run.out() + run.err()).doesNotContain("Data too long").doesNotContainIgnoringCase("sql")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(jdbc.sql("select url from article where original_text like ? and url is not null")
                .param("%" + m + "%").query(String.class).list()).containsExactly("https://news.example/" + m);
    }

    @Test
    void pages_given_with_url_are_fetched_and_imported_and_one_not_found_is_a_worded_failure() throws IOException {
        String m = marker();
        byte[] page = ("<html><head><title>Lock " + m + "</title></head><body><article><p>“The lock " + m
                + " reopens in June,” said Ida Marsh.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/lock", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (var out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            CommandsAccess.Run run = verbatim("import", "--no-progress", "--url", base + "/news/lock", "--url",
                    base + "/news/gone");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("Imported 1 article").contains("1 failed")
                    .contains(base + "/news/gone: " + base + "/news/gone was not found (404): check the address.");
            assertThat(jdbc.sql("select url from article where title = ?").param("Lock " + m).query(String.class)
                    .single()).isEqualTo(base + "/news/lock");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_clean_import_exits_with_0_and_usage_errors_with_2() throws IOException {
        String m = marker();
        Files.writeString(dir.resolve("one.txt"), article(m, 1));
        assertThat(verbatim("import", "--no-progress", dir.resolve("one.txt").toString()).exitCode()).isZero();
        assertThat(verbatim("import", "--no-progress", dir.resolve("one.txt").toString()).exitCode())
                .as("a duplicate is not a failure").isZero();

        CommandsAccess.Run missing = verbatim("import", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere: no such file or folder");
        assertThat(verbatim("import").exitCode()).isEqualTo(2);
        assertThat(verbatim("import", "--frobnicate", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(verbatim("nonsense").exitCode()).isEqualTo(2);
        assertThat(Commands.isCommand("--help")).as("help never starts the web server").isTrue();
        CommandsAccess.Run overview = verbatim("--help");
        assertThat(overview.exitCode()).isZero();
        assertThat(overview.out()).contains("import").contains("reindex").contains("export").contains("users");
        CommandsAccess.Run help = verbatim("import", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("JSON lines").contains("\"published\": \"YYYY-MM-DD\"").contains("Exit codes");
    }

    @Test
    void a_run_stopped_midway_and_run_again_stores_every_article_once_in_database_and_index() throws Exception {
        String m = marker();
        int articles = 30;
        for (int i = 0; i < articles; i++) {
            Files.writeString(dir.resolve("a%02d.txt".formatted(i)), article(m, i));
        }
        // stop once a few articles are settled, as a kill or Ctrl-C would, with batches still in flight
        AtomicInteger settled = new AtomicInteger();
        SecurityContextHolder.getContext().setAuthentication(SystemUser.authentication());
        BulkImport.Result first;
        try {
            first = bulkImport.run(ImportSources.documents(ImportSources.scan(List.of(dir))),
                    new BulkImport.Options(2, 4), (source, outcome) -> settled.incrementAndGet(),
                    () -> settled.get() >= 7);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(first.stopped()).isTrue();
        assertThat(first.imported()).isBetween(7, articles - 1);
        assertThat(storedWithMarker(m)).isEqualTo(first.imported());

        // and a kill between the database commit and the index commit: the quotes of two stored articles are lost
        List<Long> stored = jdbc.sql("select id from article where original_text like ? order by id limit 2")
                .param("%" + m + "%").query(Long.class).list();
        try (var em = emf.createEntityManager()) {
            var plan = Search.session(em).indexingPlan();
            jdbc.sql("select id from quote where article_id in (:ids)").param("ids", stored).query(Long.class).list()
                    .forEach(id -> plan.purge(Quote.class, id, null));
            plan.execute();
        }
        assertThat(searchIndex.consistent()).isFalse();

        CommandsAccess.Run rerun = verbatim("import", "--no-progress", dir.toString());

        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        assertThat(rerun.out()).contains("Imported " + (articles - first.imported()) + " articles")
                .contains(first.imported() + " already in Verbatim");
        assertThat(storedWithMarker(m)).isEqualTo(articles);
        assertThat(jdbc.sql("select count(distinct content_hash) from article where original_text like ?")
                .param("%" + m + "%").query(Long.class).single()).isEqualTo(articles);
        assertThat(jdbc.sql("select count(*) from quote q join article a on a.id = q.article_id"
                + " where a.original_text like ?").param("%" + m + "%").query(Long.class).single())
                .as("one quote per article, none twice").isEqualTo(articles);
        try (var em = emf.createEntityManager()) {
            long indexed = Search.session(em).search(Quote.class)
                    .where(f -> f.match().field("article.title").matching(m)).fetchTotalHitCount();
            assertThat(indexed).as("each article's quote, in the index").isEqualTo(articles);
        }
        assertThat(searchIndex.counts()).allSatisfy(c -> assertThat(c.consistent()).as(c.toString()).isTrue());
    }

    private long storedWithMarker(String m) {
        return jdbc.sql("select count(*) from article where original_text like ?").param("%" + m + "%")
                .query(Long.class).single();
    }

    private static String marker() {
        return "m" + Long.toString(System.nanoTime(), 36);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
