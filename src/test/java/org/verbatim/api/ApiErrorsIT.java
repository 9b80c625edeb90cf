package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** Whatever goes wrong under /api, the answer is problem details: never HTML, never a redirect to sign in. */
@VerbatimIntegrationTest
class ApiErrorsIT {

    @Autowired
    ApiClient api;

    String fiona;

    @BeforeEach
    void account() {
        api.tokenFor("err-fiona", Role.FACT_CHECKER);
        fiona = ApiClient.basic("err-fiona", TestUsers.PASSWORD);
    }

    @Test
    void a_request_the_firewall_rejects_is_a_400_problem_not_the_ui() {
        assertProblem(api.send("GET", "/api/articles;jsessionid=x", fiona, null), 400);
    }

    @Test
    void unknown_api_routes_are_404_problems_signed_in_or_not() {
        for (String path : new String[] {"/api/nope", "/api/", "/api/quotes/1/nope", "/api/articles/1/quotes/2",
                "/api/openapi.yaml/x", "/api/index.html"}) {
            assertProblem(api.send("GET", path, fiona, null), 404);
            assertProblem(api.send("POST", path, fiona, "{}"), 404);
        }
        assertProblem(api.send("GET", "/api/nope", null, null), 401);
    }

    @Test
    void a_method_the_route_does_not_take_is_a_405_problem_with_allow() {
        Response delete = assertProblem(api.send("DELETE", "/api/articles", fiona, null), 405);
        assertThat(delete.http().headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("GET").contains("POST"));
        assertProblem(api.send("PUT", "/api/quotes/1", fiona, "{}"), 405);
        assertProblem(api.send("GET", "/api/quotes/1/confirm", fiona, null), 405);
        assertProblem(api.send("PATCH", "/api/speakers", fiona, "{}"), 405);
    }

    @Test
    void a_body_of_a_type_the_route_does_not_read_is_a_415_problem() {
        assertProblem(api.send("POST", "/api/quotes/1/confirm", fiona, "text/plain", "version=1"), 415);
        assertProblem(api.send("POST", "/api/articles", fiona, "application/xml", "<article/>"), 415);
        assertProblem(api.send("POST", "/api/quotes/1/verdict", fiona, "application/x-www-form-urlencoded",
                "version=1"), 415);
    }

    @Test
    void a_url_tomcat_refuses_before_any_filter_is_a_problem_too() {
        assertProblem(api.send("GET", "/api/quotes/%00", fiona, null), 400);
        assertThat(api.send("GET", "/login/%00", null, null).contentType()).as("the UI keeps Tomcat's page")
                .doesNotContain("problem");
    }

    @Test
    void a_multipart_body_that_cannot_be_read_is_a_400_problem_not_a_500() {
        assertProblem(api.send("POST", "/api/quotes/1/confirm", fiona, "multipart/form-data", "{\"version\": 1}"),
                400);
        assertProblem(api.send("GET", "/api/speakers", fiona, "multipart/form-data", "junk"), 400);
    }

    static Response assertProblem(Response r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.contentType() + " " + r.raw()).isTrue();
        return r;
    }
}
