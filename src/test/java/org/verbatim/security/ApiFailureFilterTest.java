package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiFailureFilterTest {

    final JsonMapper json = JsonMapper.builder().build();
    final ApiFailureFilter filter = new ApiFailureFilter(json);

    @Test
    void an_exception_thrown_while_signing_in_is_a_500_problem_and_the_request_goes_no_further() throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> response.sendError(401);
        boolean[] ran = {false};
        HttpServlet endpoint = new HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) {
                ran[0] = true;
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/quotes/7/confirm");
        request.addHeader("Authorization", "Bearer vbt_secret");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new MockFilterChain(endpoint, filter, new ApiSecurityConfig.BearerTokenFilter(secret -> {
            throw new CannotAcquireLockException("lock wait timeout");
        }, unauthorized))
                .doFilter(request, response);

        assertThat(ran[0]).isFalse();
        JsonNode problem = problemOf(response, 500);
        assertThat(problem.get("detail").asString()).contains("nothing was done");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/quotes/7/confirm");
    }

    @Test
    void send_error_under_the_api_is_a_problem_not_the_containers_error_page() throws Exception {
        FilterChain notFound = (request, response) -> ((HttpServletResponse) response).sendError(404);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/nothing-here"), response, notFound);

        assertThat(problemOf(response, 404).get("detail").asString()).contains("/api/openapi");
        assertThat(response.getErrorMessage()).as("the container's error page is not asked for").isNull();
    }

    @Test
    void the_error_dispatch_of_a_failed_api_request_is_answered_as_a_problem() throws Exception {
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setDispatcherType(DispatcherType.ERROR);
        error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/quotes");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain uiPage = (request, res) -> res.getWriter().write("<html>Vaadin</html>");

        filter.doFilter(error, response, uiPage);

        assertThat(problemOf(response, 400).get("instance").asString()).isEqualTo("/api/quotes");
        assertThat(response.getContentAsString()).doesNotContain("<html>");
    }

    @Test
    void a_failure_after_the_answer_started_leaves_the_answer_alone() throws Exception {
        FilterChain halfway = (request, res) -> {
            res.getWriter().write("{\"items\":[");
            res.flushBuffer();
            throw new IllegalStateException("the database went away");
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/articles"), response, halfway);

        assertThat(response.getContentAsString()).isEqualTo("{\"items\":[");
    }

    private JsonNode problemOf(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }
}
