package org.verbatim.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.verbatim.security.ApiTokens;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP for tests: {@code api.send("GET", "/api/quotes/7", api.tokenFor("fiona",
 * Role.FACT_CHECKER), null)}.
 */
@Component
class ApiClient {

    /** One answer; {@code body} is the parsed JSON, or null when the answer is not JSON. */
    record Response(int status, String contentType, JsonNode body, String raw, HttpResponse<String> http) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json") && body != null
                    && body.path("status").asInt() == status && !body.path("title").asString("").isBlank();
        }
    }

    private final Environment environment;
    private final TestUsers users;
    private final ApiTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    ApiClient(Environment environment, TestUsers users, ApiTokens tokens) {
        this.environment = environment;
        this.users = users;
        this.tokens = tokens;
    }

    URI uri(String path) {
        // known once the server has started, after this bean was made
        return URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path);
    }

    /** The Authorization header of a new token of {@code username}, an account made with {@code roles} if new. */
    String tokenFor(String username, Role... roles) {
        users.create(username, roles);
        return bearer(tokenOf(tokens, username));
    }

    /** A JSON request ({@code body} null: none). */
    Response send(String method, String path, String authorization, String body) {
        return send(method, path, authorization, body == null ? null : "application/json", body);
    }

    Response send(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request.build());
    }

    Response exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode node = null;
        if (type.contains("json") && !response.body().isBlank()) {
            node = json.readTree(response.body());
        }
        return new Response(response.statusCode(), type, node, response.body(), response);
    }

    static String tokenOf(ApiTokens tokens, String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return tokens.create("tests").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String marker() {
        return "m" + Long.toString(System.nanoTime(), 36);
    }
}
