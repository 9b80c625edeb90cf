package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.security.Role;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Malformed requests, generated (seeded) from the OpenAPI document's own paths: wrong methods, junk ids and query
 * values, bodies of every wrong shape, odd content types, bad credentials. None may answer 5xx, HTML or a redirect,
 * and every error must be a problem detail. Quotes it writes to are its own, so other tests' data stays as it was.
 */
@VerbatimIntegrationTest
class ApiFuzzIT {

    static final int REQUESTS = 600;

    static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    static final String[] IDS = {"0", "-1", "999999999999", "9223372036854775808", "abc", "1.5", "%00", "%E2%80%9C",
            "1e3", "..", "%2e%2e", "%27%20or%201%3D1%20--", "null", ""};
    static final String[] VALUES = {"", "-1", "2147483647", "-2147483648", "99999999999", "NaN", "abc", "%00",
            "%22", "*", "a*+b*+c*", "%22unclosed", "(", ")", "~", "AND", "-", "%7C", "%F0%9F%92%A9", "x".repeat(600),
            "PENDING", "APPROVED", "pending"};
    static final String[] PARAMS = {"page", "size", "q", "status", "verdict", "speakerId", "articleId", "speaker",
            "title", "published", "url"};
    static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json", "text/plain",
            "text/html", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json; charset=latin1", "*/*", "nonsense"};
    static final String[] FIELDS = {"version", "verdict", "note", "sources", "reason", "start", "end", "speakerId",
            "newSpeaker", "clearSpeaker", "type", "text", "html", "title", "publisher", "url", "published"};
    static final String[] JSON_VALUES = {"null", "true", "false", "0", "-1", "1e309", "9223372036854775808", "\"\"",
            "\"x\"", "\"\\u0000\"", "[]", "{}", "[1,2]", "{\"a\":{}}", "\"ACCURATE\"", "\"NOPE\"", "\"2024-13-45\"",
            "\"" + "y".repeat(5000) + "\"", "1.5", "\"\\ud800\""};

    @Autowired
    ApiClient api;

    @Test
    void hundreds_of_malformed_requests_get_no_5xx_no_html_and_every_error_is_a_problem() {
        String fiona = api.tokenFor("fuzz-fiona", Role.FACT_CHECKER);
        String eddie = api.tokenFor("fuzz-eddie", Role.EDITOR);
        String audrey = api.tokenFor("fuzz-audrey", Role.AUDITOR);
        List<String> ownQuotes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String m = ApiClient.marker();
            Response created = api.send("POST", "/api/articles", fiona, "{\"text\": \"Dune " + m + "\\n\\n“The dune "
                    + m + " moves a metre a year,” said Ivo Lang.\\n\"}");
            ownQuotes.add(created.body().get("article").get("quotes").get(0).get("id").asString());
        }
        List<String> paths = new ArrayList<>();
        api.send("GET", "/api/openapi", null, null).body().get("paths").properties()
                .forEach(e -> paths.add(e.getKey()));
        assertThat(paths).hasSizeGreaterThan(10);
        paths.add("/api/nowhere");
        paths.add("/api/quotes/{id}/{id}");

        Random random = new Random(15);
        String[] signedIn = {fiona, fiona, fiona, eddie, audrey};
        String[] wrong = {null, "Bearer vbt_forged", "Bearer ", "Basic !!!", "Basic " + "a".repeat(3000), "Digest x"};
        Map<String, Long> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String method = random.nextInt(3) == 0 ? pick(random, METHODS) : (random.nextBoolean() ? "POST" : "GET");
            String path = fill(pick(random, paths), random, ownQuotes) + query(random);
            String contentType = random.nextInt(5) == 0 ? null : pick(random, CONTENT_TYPES);
            String body = contentType == null && random.nextBoolean() ? null : body(random);
            String credentials = random.nextInt(5) == 0 ? pick(random, wrong) : pick(random, signedIn);
            Response r = api.send(method, path, credentials, contentType, body);
            statuses.merge(String.valueOf(r.status()), 1L, Long::sum);
            String problem = failure(method, r);
            if (problem != null) {
                failures.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " [" + contentType
                        + "] " + (body == null ? "" : body.substring(0, Math.min(body.length(), 80))) + " -> "
                        + problem);
            }
        }

        System.out.println("ApiFuzzIT: " + REQUESTS + " requests, statuses " + statuses);
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(statuses.keySet()).as("the generator reaches several kinds of answer")
                .contains("400", "401", "404", "405");
    }

    /** What is wrong with an answer, or null. */
    private static String failure(String method, Response r) {
        if (r.status() >= 500) {
            return r.status() + " " + r.raw().substring(0, Math.min(r.raw().length(), 200));
        }
        if (r.status() >= 300 && r.status() < 400) {
            return "redirect " + r.status() + " to " + r.http().headers().firstValue("Location").orElse("?");
        }
        if (r.contentType().contains("html")) {
            return "HTML " + r.status();
        }
        if (r.status() >= 400 && !method.equals("HEAD") && !r.isProblem()) {
            return "not a problem detail: " + r.status() + " " + r.contentType() + " "
                    + r.raw().substring(0, Math.min(r.raw().length(), 200));
        }
        return null;
    }

    private static String fill(String template, Random random, List<String> ownQuotes) {
        String path = template;
        while (path.contains("{id}")) {
            String id = random.nextInt(3) == 0 ? pick(random, ownQuotes) : pick(random, IDS);
            path = path.replaceFirst("\\{id}", id);
        }
        String format = random.nextInt(6) == 0 ? pick(random, new String[] {"quotes-json", "claimreview"})
                : pick(random, IDS);
        return path.replace("{format}", format);
    }

    private static String query(Random random) {
        int n = random.nextInt(4);
        if (n == 0) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "" : "&").append(pick(random, PARAMS)).append('=').append(pick(random, VALUES));
        }
        return q.toString();
    }

    private static String body(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> pick(random, JSON_VALUES);
            case 2 -> "{" + "\"version\": ".repeat(random.nextInt(2)) + "\"unclosed";
            case 3 -> "[".repeat(2000) + "]".repeat(2000);
            case 4 -> randomBytes(random);
            default -> {
                Map<String, String> fields = new TreeMap<>();
                int n = 1 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    fields.put(pick(random, FIELDS), pick(random, JSON_VALUES));
                }
                yield fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"));
            }
        };
    }

    private static String randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(64)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
