package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.api.ApiClient.basic;
import static org.verbatim.api.ApiClient.bearer;
import static org.verbatim.api.ApiClient.marker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.security.ApiTokens;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: authentication, roles, problem details and the review workflow. */
@VerbatimIntegrationTest
class ApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens apiTokens;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    String factChecker;
    String editor;
    String auditor;

    record Response(int status, String contentType, JsonNode body, String raw, HttpResponse<String> http) {
    }

    @BeforeEach
    void accounts_with_tokens() {
        users.create("api-fiona", Role.FACT_CHECKER);
        users.create("api-erin", Role.FACT_CHECKER, Role.EDITOR);
        users.create("api-eddie", Role.EDITOR);
        users.create("api-audrey", Role.AUDITOR);
        factChecker = tokenOf("api-fiona");
        editor = tokenOf("api-eddie");
        auditor = tokenOf("api-audrey");
    }

    @Test
    void without_credentials_the_api_answers_401_as_a_problem_with_both_schemes() {
        Response r = send("GET", "/api/articles", null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("status").asInt()).isEqualTo(401);
        assertThat(r.http().headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Bearer"))
                .anyMatch(v -> v.startsWith("Basic"));
        assertThat(send("GET", "/api/articles", "Bearer vbt_not-a-token", null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/articles", basic("api-fiona", "wrong password"), null).status()).isEqualTo(401);
    }

    @Test
    void a_revoked_token_no_longer_works() {
        var created = as("api-fiona", () -> apiTokens.create("to revoke"));
        assertThat(send("GET", "/api/speakers", "Bearer " + created.secret(), null).status()).isEqualTo(200);
        as("api-fiona", () -> {
            apiTokens.revoke(created.token().id());
            return null;
        });
        assertThat(send("GET", "/api/speakers", "Bearer " + created.secret(), null).status()).isEqualTo(401);
    }

    @Test
    void basic_authentication_works_over_the_same_accounts() {
        Response r = send("GET", "/api/quotes?size=5", basic("api-fiona", TestUsers.PASSWORD), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("items").isArray()).isTrue();
    }

    @Test
    void an_article_is_created_with_its_quotes_reviewed_approved_and_its_history_read() {
        String m = marker();
        Response created = send("POST", "/api/articles", bearer(factChecker), """
                {"text": "Port %s reopens\\n\\n“The port %s will reopen to ferries in May,” said Ines Kaur.\\n",
                 "title": "Port %s reopens", "publisher": "Courier", "url": "https://news.example/%s",
                 "published": "2024-05-02"}""".formatted(m, m, m, m));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.http().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/api/articles/"));
        JsonNode article = created.body().get("article");
        assertThat(article.get("title").asString()).isEqualTo("Port " + m + " reopens");
        assertThat(article.get("publishedOn").asString()).isEqualTo("2024-05-02");
        JsonNode quote = article.get("quotes").get(0);
        assertThat(quote.get("text").asString()).contains("will reopen to ferries");
        long id = quote.get("id").asLong();

        Response again = send("POST", "/api/articles", bearer(factChecker), """
                {"text": "Port %s reopens\\n\\n“The port %s will reopen to ferries in May,” said Ines Kaur.\\n"}"""
                .formatted(m, m));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("DUPLICATE");

        Response auditorCreates = send("POST", "/api/articles", bearer(auditor), "{\"text\": \"Auditors do not import "
                + m + "\"}");
        assertThat(auditorCreates.status()).isEqualTo(403);
        assertThat(auditorCreates.contentType()).startsWith("application/problem+json");

        Response verdict = send("POST", "/api/quotes/" + id + "/verdict", bearer(factChecker),
                "{\"version\": " + version(id) + ", \"verdict\": \"ACCURATE\", \"note\": \"Matches the recording\"}");
        assertThat(verdict.status()).as(verdict.raw()).isEqualTo(200);
        assertThat(verdict.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(verdict.body().get("reviewedBy").asString()).isEqualTo("api-fiona");

        Response factCheckerApproves = send("POST", "/api/quotes/" + id + "/approve", bearer(factChecker),
                "{\"version\": " + version(id) + "}");
        assertThat(factCheckerApproves.status()).isEqualTo(403);

        Response approved = send("POST", "/api/quotes/" + id + "/approve", bearer(editor),
                "{\"version\": " + version(id) + "}");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().get("approvedBy").asString()).isEqualTo("api-eddie");

        Response history = send("GET", "/api/quotes/" + id + "/history", bearer(auditor), null);
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(history.body().size()).isEqualTo(3);
        assertThat(history.body().get(0).get("change").asString()).isEqualTo("ADDED");
        assertThat(history.body().get(0).get("changes").size()).isPositive();
        assertThat(history.body().get(1).get("user").asString()).isEqualTo("api-fiona");
        assertThat(history.body().get(1).get("reason").asString()).contains("Accurate").contains("Matches the recording");
        assertThat(history.body().get(2).get("user").asString()).isEqualTo("api-eddie");
        assertThat(history.body().get(2).get("at").asString()).isNotBlank();
        assertThat(send("GET", "/api/quotes/" + id + "/history", bearer(factChecker), null).status())
                .as("the history is for auditors and administrators, as in the UI").isEqualTo(403);

        Response found = send("GET", "/api/search?q=ferries+" + m, bearer(auditor), null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("quotes").get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void nobody_approves_their_own_review() {
        long id = newQuote("erin-" + marker());
        String erin = tokenOf("api-erin");
        assertThat(send("POST", "/api/quotes/" + id + "/confirm", bearer(erin), "{\"version\": " + version(id) + "}")
                .status()).isEqualTo(200);
        Response self = send("POST", "/api/quotes/" + id + "/approve", bearer(erin), "{\"version\": " + version(id) + "}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body().get("type").asString()).endsWith("/self-approval");
        assertThat(self.body().get("detail").asString()).contains("another editor");
    }

    @Test
    void a_claim_rating_is_given_and_read_beside_the_verdict_with_its_place_on_the_scale() {
        long id = newQuote("rate-" + marker());
        assertThat(send("GET", "/api/claim-ratings", bearer(auditor), null).body().valueStream()
                .map(r -> r.get("label").asString())).startsWith("True", "Mostly true").contains("Unverifiable");
        assertThat(send("GET", "/api/quotes/" + id, bearer(auditor), null).body().get("claimRating").isNull())
                .isTrue();

        Response rated = send("POST", "/api/quotes/" + id + "/claim-rating", bearer(factChecker),
                "{\"version\": " + version(id) + ", \"rating\": \"Misleading\", \"note\": \"Leaves out the cost\"}");
        assertThat(rated.status()).as(rated.raw()).isEqualTo(200);
        JsonNode rating = send("GET", "/api/quotes/" + id, bearer(auditor), null).body().get("claimRating");
        assertThat(rating.get("label").asString()).isEqualTo("Misleading");
        assertThat(rating.get("value").asInt()).isEqualTo(3);
        assertThat(rating.get("best").asInt()).isEqualTo(6);
        assertThat(rating.get("worst").asInt()).isEqualTo(1);
        assertThat(rating.get("note").asString()).isEqualTo("Leaves out the cost");
        assertThat(rated.body().get("verdict").isNull()).as("apart from the attribution verdict").isTrue();

        Response unknown = send("POST", "/api/quotes/" + id + "/claim-rating", bearer(factChecker),
                "{\"version\": " + version(id) + ", \"rating\": \"Half true\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(send("POST", "/api/quotes/" + id + "/claim-rating", bearer(editor),
                "{\"version\": " + version(id) + ", \"rating\": \"True\"}").status()).isEqualTo(403);
    }

    @Test
    void a_stale_version_is_a_409_conflict_that_says_who_and_when() {
        long id = newQuote("stale-" + marker());
        long seen = version(id);
        assertThat(send("POST", "/api/quotes/" + id + "/confirm", bearer(factChecker), "{\"version\": " + seen + "}")
                .status()).isEqualTo(200);

        Response stale = send("POST", "/api/quotes/" + id + "/reject", bearer(factChecker),
                "{\"version\": " + seen + ", \"reason\": \"not a quote\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("type").asString()).endsWith("/conflicting-edit");
        assertThat(stale.body().get("changedBy").asString()).isEqualTo("api-fiona");
        assertThat(stale.body().get("changedAt").asString()).isNotBlank();
    }

    @Test
    void bad_requests_are_problems_400_404_and_422() {
        long id = newQuote("bad-" + marker());
        Response noVersion = send("POST", "/api/quotes/" + id + "/confirm", bearer(factChecker), "{}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("errors").has("version")).isTrue();

        Response noReason = send("POST", "/api/quotes/" + id + "/reject", bearer(factChecker),
                "{\"version\": " + version(id) + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("detail").asString()).contains("reason");

        assertThat(send("GET", "/api/quotes/999999999", bearer(factChecker), null).status()).isEqualTo(404);
        assertThat(send("GET", "/api/quotes?status=NOPE", bearer(factChecker), null).status()).isEqualTo(400);

        Response emptyHtml = send("POST", "/api/articles", bearer(factChecker),
                "{\"html\": \"<html><body><script>x()</script></body></html>\"}");
        assertThat(emptyHtml.status()).isEqualTo(422);
        assertThat(emptyHtml.contentType()).startsWith("application/problem+json");
        assertThat(emptyHtml.body().get("detail").asString()).contains("without readable text");

        HttpResponse<String> binary = exchange(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", bearer(factChecker)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1})).build());
        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(binary.body()).contains("PDF");
    }

    @Test
    void the_search_api_searches_as_the_search_screen_does() {
        Response kanaani = send("GET", "/api/search?q=Kanaani", bearer(factChecker), null);
        assertThat(kanaani.status()).isEqualTo(200);
        assertThat(kanaani.body().get("total").asLong()).as("found by the speaker's name alone").isPositive();
        assertThat(kanaani.body().get("quotes").get(0).get("speaker").get("name").asString()).isEqualTo("Kan’ani");
        Response us = send("GET", "/api/search?q=United+States", bearer(factChecker), null);
        Response dotted = send("GET", "/api/search?q=U.S.", bearer(factChecker), null);
        assertThat(us.body().get("total").asLong()).isPositive().isEqualTo(dotted.body().get("total").asLong());
        Response possessive = send("GET", "/api/search?q=Zarif%27s", bearer(factChecker), null);
        assertThat(possessive.body().get("total").asLong()).isPositive();
        Response narrowed = send("GET", "/api/search?q=Taliban&speaker=Zarif", bearer(factChecker), null);
        assertThat(narrowed.body().get("quotes")).allSatisfy(quote ->
                assertThat(quote.get("speaker").get("name").asString()).contains("Zarif"));
    }

    @Test
    void contradiction_candidates_for_a_quote_come_best_first_with_reasons_labels_and_speakers() {
        Response found = send("GET", "/api/search?q=%22still+a+terrorist+entity%22", bearer(factChecker), null);
        long zarif = found.body().get("quotes").get(0).get("id").asLong();

        Response r = send("GET", "/api/quotes/" + zarif + "/contradictions?limit=5", bearer(factChecker), null);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("quote").get("id").asLong()).isEqualTo(zarif);
        assertThat(r.body().get("quote").get("speaker").get("name").asString()).contains("Zarif");
        assertThat(r.body().get("quote").get("speaker").get("affiliation").asString()).isNotBlank();
        JsonNode candidates = r.body().get("candidates");
        assertThat(candidates.size()).isBetween(1, 5);
        JsonNode best = candidates.get(0);
        assertThat(best.get("quote").get("speaker").get("name").asString()).containsAnyOf("Khatibzadeh", "Shamkhani");
        assertThat(best.get("quote").get("text").asString()).isNotBlank();
        assertThat(best.get("reasons").size()).isPositive();
        assertThat(best.has("label")).isTrue();
        double previous = Double.MAX_VALUE;
        for (JsonNode c : candidates) {
            assertThat(c.get("score").asDouble()).isPositive().isLessThanOrEqualTo(previous);
            previous = c.get("score").asDouble();
        }
        Response byDefault = send("GET", "/api/quotes/" + zarif + "/contradictions", bearer(editor), null);
        assertThat(byDefault.status()).isEqualTo(200);
        assertThat(byDefault.body().get("candidates").size()).isBetween(candidates.size(), 10);

        Response tooMany = send("GET", "/api/quotes/" + zarif + "/contradictions?limit=101", bearer(factChecker), null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(send("GET", "/api/quotes/" + zarif + "/contradictions?limit=0", bearer(factChecker), null).status())
                .isEqualTo(400);
        assertThat(send("GET", "/api/quotes/" + zarif + "/contradictions", bearer(auditor), null).status())
                .as("fact-checkers and editors, as the Conflicts screen").isEqualTo(403);
        assertThat(send("GET", "/api/quotes/999999999/contradictions", bearer(factChecker), null).status())
                .isEqualTo(404);
    }

    @Test
    void the_openapi_description_is_public_and_lists_the_endpoints() {
        Response docs = send("GET", "/api/openapi", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/quotes/{id}/approve")).isTrue();
        assertThat(docs.body().get("paths").has("/api/quotes/{id}/contradictions")).isTrue();
        assertThat(docs.body().get("components").get("securitySchemes").has("token")).isTrue();
        HttpResponse<String> ui = exchange(HttpRequest.newBuilder(uri("/api/docs")).build());
        HttpResponse<String> page = ui.statusCode() / 100 == 3 ? exchange(HttpRequest.newBuilder(
                uri(ui.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))).build()) : ui;
        assertThat(page.statusCode()).as("Swagger UI at " + ui.headers().firstValue("Location")).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    long newQuote(String m) {
        Response created = send("POST", "/api/articles", bearer(factChecker),
                "{\"text\": \"Dock " + m + "\\n\\n“The dock " + m + " stays open all winter,” said Ada Holm.\\n\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("article").get("quotes").get(0).get("id").asLong();
    }

    long version(long quoteId) {
        return send("GET", "/api/quotes/" + quoteId, bearer(factChecker), null).body().get("version").asLong();
    }

    String tokenOf(String username) {
        return as(username, () -> apiTokens.create("tests")).secret();
    }

    static <T> T as(String username, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Response send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = exchange(request.build());
        JsonNode node = response.body().isBlank() ? null : json.readTree(response.body());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), node,
                response.body(), response);
    }

    HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
