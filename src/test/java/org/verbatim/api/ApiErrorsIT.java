package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** Whatever goes wrong under /api, the answer is problem details: never HTML, never a redirect to sign in. */
@VerbatimIntegrationTest
class ApiErrorsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    ApiClient api;
    String fiona;

    @BeforeEach
    void account() {
        users.create("err-fiona", Role.FACT_CHECKER);
        api = new ApiClient(port);
        fiona = ApiClient.basic("err-fiona", TestUsers.PASSWORD);
    }

    @Test
    void a_request_the_firewall_rejects_is_a_400_problem_not_the_ui() {
        assertProblem(api.send("GET", "/api/articles;jsessionid=x", fiona, null), 400);
    }

    static Response assertProblem(Response r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.contentType() + " " + r.raw()).isTrue();
        return r;
    }
}
