package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.security.ApiTokens;
import org.verbatim.security.Role;
import org.verbatim.support.SchemaOwner;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Many requests at once with one token, over the real HTTP port: signing in must never write in a way that fails
 * the request, and no answer under /api is ever the Vaadin page.
 */
@VerbatimIntegrationTest
class ApiBurstIT {

    static final int REQUESTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb database;

    record Answer(int status, String contentType, String body) {
    }

    @Test
    void fifty_parallel_requests_with_one_idle_token_all_answer_json_200() throws Exception {
        users.create("burst-bruno", Role.FACT_CHECKER);

        // never used: every request finds the last use missing
        assertAllJson200(burst(createToken("burst-bruno").secret(), "/api/articles"));

        // idle for over a minute, as in the report
        ApiTokens.CreatedToken idle = createToken("burst-bruno");
        jdbc.update("update api_token set last_used_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), idle.token().id());
        assertAllJson200(burst(idle.secret(), "/api/articles"));

        // the last use is still recorded, coarsely
        Timestamp lastUsed = jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class,
                idle.token().id());
        assertThat(lastUsed.toInstant()).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
    }

    @Test
    void a_last_use_the_database_refuses_to_record_never_fails_the_request() throws Exception {
        users.create("burst-berit", Role.FACT_CHECKER);
        ApiTokens.CreatedToken token = createToken("burst-berit");
        SchemaOwner.execute(database, "CREATE TRIGGER test_refuse_token_use BEFORE UPDATE ON api_token FOR EACH ROW"
                + " BEGIN IF NEW.id = " + token.token().id() + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT ="
                + " 'refused by the test'; END IF; END");
        try {
            assertAllJson200(burst(token.secret(), "/api/articles"));
        } finally {
            SchemaOwner.execute(database, "DROP TRIGGER test_refuse_token_use");
        }
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class,
                token.token().id())).as("the refused update left nothing").isNull();
    }

    private static void assertAllJson200(List<Answer> answers) {
        // "200 application/json {"items":" for each: a compact picture of what came back when it fails
        var kinds = answers.stream().collect(Collectors.groupingBy(a -> a.status() + " " + a.contentType() + " "
                + a.body().substring(0, Math.min(9, a.body().length())), TreeMap::new, Collectors.counting()));
        assertThat(kinds).containsExactly(Map.entry("200 application/json {\"items\":", (long) REQUESTS));
    }

    private List<Answer> burst(String secret, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                pending.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + secret).header("Accept", "application/json")
                            .GET().build();
                    start.await();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pending) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
            http.close();
        }
    }

    private ApiTokens.CreatedToken createToken(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return apiTokens.create("burst");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
