package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.security.Role;
import org.verbatim.support.SchemaOwner;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Many reviewers writing to the same few quotes at once through the REST API: every write is either applied (2xx,
 * and then it is in the quote's history, exactly once) or refused as a conflict (409); never a 5xx, never lost.
 */
@VerbatimIntegrationTest
class ReviewConcurrencyIT {

    static final int THREADS = 24;
    static final int WRITES_PER_THREAD = 12;
    static final int QUOTES = 4;

    @Autowired
    ApiClient api;

    @Autowired
    EmbeddedMariaDb database;

    record Write(long quoteId, String note, Response answer) {
    }

    @Test
    void concurrent_verdicts_on_overlapping_quotes_are_applied_or_409_and_each_applied_one_is_in_the_history()
            throws Exception {
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reviewers.add(api.tokenFor("crowd-" + i, Role.FACT_CHECKER));
        }
        String auditor = api.tokenFor("crowd-auditor", Role.AUDITOR);
        List<Long> quotes = new ArrayList<>();
        Map<Long, Long> firstVersion = new HashMap<>();
        for (int i = 0; i < QUOTES; i++) {
            long id = newQuote(reviewers.getFirst());
            quotes.add(id);
            firstVersion.put(id, api.send("GET", "/api/quotes/" + id, auditor, null).body().get("version").asLong());
        }

        List<Write> writes = crowd(reviewers, quotes);

        Map<String, Long> statuses = writes.stream().collect(Collectors.groupingBy(
                w -> String.valueOf(w.answer().status()), TreeMap::new, Collectors.counting()));
        System.out.println("ReviewConcurrencyIT: " + writes.size() + " writes by " + THREADS + " threads on " + QUOTES
                + " quotes: " + statuses);
        assertThat(statuses.keySet()).as("statuses: " + statuses).isSubsetOf("200", "409");
        assertThat(writes).filteredOn(w -> w.answer().status() == 409)
                .allSatisfy(w -> assertThat(w.answer().isProblem()).isTrue());
        assertThat(statuses.get("200")).as("some writes got through").isPositive();

        for (long quote : quotes) {
            List<Write> applied = writes.stream().filter(w -> w.quoteId() == quote && w.answer().status() == 200)
                    .toList();
            JsonNode history = api.send("GET", "/api/quotes/" + quote + "/history", auditor, null).body();
            List<String> reasons = new ArrayList<>();
            for (JsonNode revision : history) {
                if (!revision.get("change").asString().equals("ADDED")) {
                    reasons.add(revision.get("reason").asString());
                }
            }
            // every applied write is one revision, and every revision after the first is an applied write
            assertThat(reasons).hasSize(applied.size());
            for (Write w : applied) {
                assertThat(reasons).filteredOn(r -> r.endsWith("— " + w.note())).hasSize(1);
            }
            // versions answered are all different and the last one is where the quote stands: nothing lost
            List<Long> versions = applied.stream().map(w -> w.answer().body().get("version").asLong()).sorted()
                    .toList();
            assertThat(versions).doesNotHaveDuplicates();
            long now = api.send("GET", "/api/quotes/" + quote, auditor, null).body().get("version").asLong();
            assertThat(now - firstVersion.get(quote)).isEqualTo(applied.size());
        }
    }

    @Test
    void a_deadlock_the_database_reports_is_retried_and_one_that_persists_is_a_409_never_a_500() {
        String fiona = api.tokenFor("crowd-0", Role.FACT_CHECKER);
        long quote = newQuote(fiona);
        // the database reports a deadlock on this quote's review, as many times as deadlock_budget says
        SchemaOwner.execute(database, "CREATE TABLE test_deadlock_budget (n INT NOT NULL) ENGINE=MEMORY",
                "INSERT INTO test_deadlock_budget VALUES (1)",
                "CREATE TRIGGER test_deadlock_on_review BEFORE INSERT ON review FOR EACH ROW BEGIN"
                        + " IF NEW.quote_id = " + quote + " AND (SELECT n FROM test_deadlock_budget) > 0 THEN"
                        + " UPDATE test_deadlock_budget SET n = n - 1;"
                        + " SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when"
                        + " trying to get lock (test)'; END IF; END");
        try {
            long version = api.send("GET", "/api/quotes/" + quote, fiona, null).body().get("version").asLong();
            Response retried = api.send("POST", "/api/quotes/" + quote + "/verdict", fiona,
                    "{\"version\": " + version + ", \"verdict\": \"ACCURATE\", \"note\": \"after a deadlock\"}");
            assertThat(retried.status()).as("one deadlock is retried: " + retried.raw()).isEqualTo(200);
            assertThat(retried.body().get("version").asLong()).isEqualTo(version + 1);

            SchemaOwner.execute(database, "UPDATE test_deadlock_budget SET n = 100");
            Response refused = api.send("POST", "/api/quotes/" + quote + "/verdict", fiona,
                    "{\"version\": " + (version + 1) + ", \"verdict\": \"MISQUOTED\", \"note\": \"never\"}");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body().get("type").asString()).endsWith("/concurrent-write");
        } finally {
            SchemaOwner.execute(database, "DROP TRIGGER test_deadlock_on_review", "DROP TABLE test_deadlock_budget");
        }
        JsonNode now = api.send("GET", "/api/quotes/" + quote, fiona, null).body();
        assertThat(now.get("verdict").asString()).as("the refused write left nothing").isEqualTo("ACCURATE");
    }

    /** Each thread reads a quote's version and records a verdict on it, over and over, on quotes the others use. */
    private List<Write> crowd(List<String> reviewers, List<Long> quotes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Write>>> pending = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                pending.add(pool.submit(() -> {
                    String who = reviewers.get(thread % reviewers.size());
                    List<Write> mine = new ArrayList<>();
                    start.await();
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        long quote = quotes.get((thread + i) % quotes.size());
                        long version = api.send("GET", "/api/quotes/" + quote, who, null).body().get("version")
                                .asLong();
                        String note = "t" + thread + "-w" + i;
                        String verdict = i % 2 == 0 ? "ACCURATE" : "UNVERIFIABLE";
                        mine.add(new Write(quote, note, api.send("POST", "/api/quotes/" + quote + "/verdict", who,
                                "{\"version\": " + version + ", \"verdict\": \"" + verdict + "\", \"note\": \"" + note
                                        + "\"}")));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Write> all = new ArrayList<>();
            for (Future<List<Write>> f : pending) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private long newQuote(String reviewer) {
        String m = ApiClient.marker();
        Response created = api.send("POST", "/api/articles", reviewer,
                "{\"text\": \"Pier " + m + "\\n\\n“The pier " + m + " closes for repairs in June,” said Ola Berg.\\n\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("article").get("quotes").get(0).get("id").asLong();
    }
}
