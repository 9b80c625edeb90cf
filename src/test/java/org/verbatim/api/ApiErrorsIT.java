package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever goes wrong under /api, the answer is problem details: never HTML, never a redirect to sign in. */
@VerbatimIntegrationTest
class ApiErrorsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void account() {
        users.create("err-fiona", Role.FACT_CHECKER);
    }

    @Test
    void a_request_the_firewall_rejects_is_a_400_problem_not_the_ui() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/articles;jsessionid=x")).GET());
        assertProblem(r, 400);
    }

    JsonNode assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("err-fiona:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
