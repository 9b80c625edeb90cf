package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.security.Role;
import org.verbatim.security.UserAccount;
import org.verbatim.security.UserAdministration;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, asked by everyone: nobody signed in, each role, a disabled user (with a
 * token made before it was disabled, and with its password). Who may do what is written out below, operation by
 * operation, as the README and the use cases' {@code @RolesAllowed} say: an operation the document gains without a
 * row here, a rule that changes, or a role that gets in where it should not, fails this test.
 *
 * <p>Writes name a version the quote never had: a caller the rules let through gets the use case's 409 (it ran past
 * its role check), one they keep out gets 403 before that, and nothing is changed.
 */
@VerbatimIntegrationTest
class ApiAccessMatrixIT {

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> FACT_CHECKERS = EnumSet.of(Role.FACT_CHECKER);
    static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR);
    static final Set<Role> IMPORTERS = EnumSet.of(Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN);
    static final Set<Role> REVIEWERS = EnumSet.of(Role.FACT_CHECKER, Role.EDITOR);
    static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    static final Set<Role> ACCURACY_READERS = EnumSet.of(Role.EDITOR, Role.AUDITOR, Role.ADMIN);
    static final String STALE = "{\"version\": 987654321";

    @Autowired
    ApiClient api;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One request for an operation, and what the rules let each role get. */
    record Probe(String operation, String method, String path, String body, Set<Role> allowed, int allowedStatus) {
    }

    /** Who asks, and how. */
    record Caller(String name, Role role, String authorization) {
    }

    @Test
    void every_documented_operation_answers_every_role_as_the_rules_say() {
        String m = ApiClient.marker();
        String fiona = api.tokenFor("mx-fiona", Role.FACT_CHECKER);
        String text = "Lock " + m + "\\n\\n“The lock " + m + " reopens in March,” said Ida Marsh.\\n";
        Response created = api.send("POST", "/api/articles", fiona, "{\"text\": \"" + text + "\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long article = created.body().get("article").get("id").asLong();
        JsonNode quote = created.body().get("article").get("quotes").get(0);
        long quoteId = quote.get("id").asLong();
        long speaker = quote.get("speaker").get("id").asLong();
        String q = "/api/quotes/" + quoteId;

        List<Probe> probes = List.of(
                new Probe("GET /api/articles", "GET", "/api/articles", null, EVERYONE, 200),
                // the same text again: 200 "already there", nothing stored
                new Probe("POST /api/articles", "POST", "/api/articles", "{\"text\": \"" + text + "\"}", IMPORTERS,
                        200),
                // a page that cannot be fetched (nothing listens on port 1): 422 with the reason, nothing stored
                new Probe("POST /api/articles/from-address", "POST", "/api/articles/from-address",
                        "{\"url\": \"http://127.0.0.1:1/" + m + "\"}", IMPORTERS, 422),
                new Probe("GET /api/articles/{id}", "GET", "/api/articles/" + article, null, EVERYONE, 200),
                new Probe("GET /api/quotes", "GET", "/api/quotes?articleId=" + article, null, EVERYONE, 200),
                new Probe("GET /api/quotes/{id}", "GET", q, null, EVERYONE, 200),
                new Probe("GET /api/quotes/{id}/history", "GET", q + "/history", null, AUDITORS, 200),
                new Probe("GET /api/quotes/{id}/contradictions", "GET", q + "/contradictions", null, REVIEWERS, 200),
                new Probe("GET /api/search", "GET", "/api/search?q=lock+" + m, null, EVERYONE, 200),
                new Probe("POST /api/quotes/{id}/confirm", "POST", q + "/confirm", STALE + "}", FACT_CHECKERS, 409),
                new Probe("POST /api/quotes/{id}/correct", "POST", q + "/correct",
                        STALE + ", \"type\": \"INDIRECT\", \"reason\": \"matrix\"}", FACT_CHECKERS, 409),
                new Probe("POST /api/quotes/{id}/reject", "POST", q + "/reject", STALE + ", \"reason\": \"matrix\"}",
                        FACT_CHECKERS, 409),
                new Probe("POST /api/quotes/{id}/verdict", "POST", q + "/verdict",
                        STALE + ", \"verdict\": \"ACCURATE\"}", FACT_CHECKERS, 409),
                new Probe("POST /api/quotes/{id}/claim-rating", "POST", q + "/claim-rating",
                        STALE + ", \"rating\": \"Mixed\"}", FACT_CHECKERS, 409),
                new Probe("GET /api/claim-ratings", "GET", "/api/claim-ratings", null, EVERYONE, 200),
                new Probe("POST /api/quotes/{id}/approve", "POST", q + "/approve", STALE + "}", EDITORS, 409),
                new Probe("POST /api/quotes/{id}/return", "POST", q + "/return", STALE + ", \"reason\": \"matrix\"}",
                        EDITORS, 409),
                new Probe("GET /api/speakers", "GET", "/api/speakers", null, EVERYONE, 200),
                new Probe("GET /api/speakers/{id}", "GET", "/api/speakers/" + speaker, null, EVERYONE, 200),
                new Probe("GET /api/exports/{format}", "GET", "/api/exports/claimreview", null, EVERYONE, 200),
                new Probe("GET /api/exports/{format}", "GET", "/api/exports/quotes-csv", null, EVERYONE, 200),
                new Probe("GET /api/exports/{format}", "GET", "/api/exports/quotes-json", null, EVERYONE, 200),
                new Probe("GET /api/exports/{format}", "GET", "/api/exports/gold", null, EVERYONE, 200),
                new Probe("GET /api/exports/{format}", "GET", "/api/exports/audit-csv", null, AUDITORS, 200),
                new Probe("GET /api/extraction/accuracy", "GET", "/api/extraction/accuracy", null, ACCURACY_READERS,
                        200));

        Set<String> documented = documentedOperations();
        Set<String> rows = probes.stream().map(Probe::operation).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("one row per operation of /api/openapi, no more, no less").isEqualTo(documented);
        assertThat(documented).as("every endpoint the application maps under /api is in the OpenAPI document")
                .containsAll(mappedOperations());

        List<Caller> callers = callers(m);
        Map<String, Long> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            for (Caller caller : callers) {
                Response r = api.send(probe.method(), probe.path(), caller.authorization(), probe.body());
                int expected = caller.role() == null ? 401
                        : probe.allowed().contains(caller.role()) ? probe.allowedStatus() : 403;
                answers.merge(String.valueOf(r.status()), 1L, Long::sum);
                String cell = probe.method() + " " + probe.path() + " as " + caller.name() + ": ";
                if (r.status() != expected) {
                    wrong.add(cell + r.status() + " where the rules say " + expected + " " + r.raw());
                } else if (expected == 403 && !r.isProblem()) {
                    wrong.add(cell + "403 but not a problem detail: " + r.raw());
                } else if (expected == 403 && !r.body().path("title").asString().equals("Not allowed")) {
                    wrong.add(cell + "403 for another reason than the caller's roles: " + r.raw());
                } else if (expected == 401 && (!r.isProblem()
                        || r.http().headers().allValues("WWW-Authenticate").isEmpty())) {
                    wrong.add(cell + "401 without a problem detail or WWW-Authenticate: " + r.raw());
                } else if (expected == 409 && !r.body().path("type").asString().endsWith("/conflicting-edit")) {
                    wrong.add(cell + "409 other than the use case's version check: " + r.raw());
                }
            }
        }
        System.out.println("ApiAccessMatrixIT: " + documented.size() + " operations, " + probes.size() + " requests x "
                + callers.size() + " callers = " + probes.size() * callers.size() + " cells; answers " + answers);
        assertThat(wrong).as("cells that differ from the rules").isEmpty();
        assertThat(api.send("GET", q, fiona, null).body().get("version").asLong())
                .as("no write got through").isEqualTo(quote.get("version").asLong());
    }

    /** "GET /api/quotes/{id}" for each operation the document describes. */
    private Set<String> documentedOperations() {
        Response doc = api.send("GET", "/api/openapi", null, null);
        assertThat(doc.status()).as("the OpenAPI document is public").isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        doc.body().get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The same, from the controllers the application actually maps (springdoc's own endpoints left out). */
    private Set<String> mappedOperations() {
        Set<String> operations = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().equals(ApiAccessMatrixIT.class.getPackageName())) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(method -> operations.add(method.name() + " " + pattern));
            }
        });
        assertThat(operations).as("the API's controllers are found").isNotEmpty();
        return operations;
    }

    /** Nobody signed in, a token per role, and a user with every role who was then disabled. */
    private List<Caller> callers(String m) {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("nobody", null, null));
        for (Role role : Role.values()) {
            callers.add(new Caller(role.name(), role, api.tokenFor("mx-" + role.name().toLowerCase() + "-" + m, role)));
        }
        String off = "mx-off-" + m;
        String offToken = api.tokenFor(off, Role.values());
        UserAccount account = users.create(off);
        RunAs.user("admin", Role.ADMIN).call(() -> administration.disable(account.getId(),
                administration.users().stream().filter(u -> u.id() == account.getId()).findFirst().orElseThrow()
                        .version()));
        callers.add(new Caller("disabled (token)", null, offToken));
        callers.add(new Caller("disabled (password)", null, ApiClient.basic(off, TestUsers.PASSWORD)));
        return callers;
    }
}
