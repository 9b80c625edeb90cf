package org.verbatim.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first filter of the REST API's chain: whatever fails under {@code /api} — a filter, the container, a handler
 * that calls {@code sendError} — the answer is an RFC 9457 problem detail. Never the Vaadin page, never a redirect to
 * the sign-in page: a client must not take a request that never ran for one that did.
 */
final class ApiFailureFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(ApiFailureFilter.class);

    private final JsonMapper json;

    ApiFailureFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the container gave up on an /api request (an exception or sendError outside this filter): answer here
            // instead of letting /error reach the UI's chain
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 ? i : 500;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            write(response, status, null, uri instanceof String s ? s : request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(request, new ProblemResponse(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                log.warn("{} {} failed after its answer had started: {}", request.getMethod(),
                        request.getRequestURI(), e.toString());
                return;
            }
            response.reset();
            if (causedBy(e, MultipartException.class)) {
                // parsed before any endpoint is chosen; the API reads no multipart bodies anyway
                write(response, 400, "The multipart body could not be read; the API reads JSON (see /api/openapi).",
                        request.getRequestURI());
                return;
            }
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            write(response, 500, "The error was logged on the server; nothing was done.", request.getRequestURI());
        }
    }

    private void write(HttpServletResponse response, int status, String detail, String uri) throws IOException {
        write(json, response, problem(status, detail, uri));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The problem for a bare status: its reason phrase as title; {@code detail} null for a standard one. */
    static ProblemDetail problem(int status, String detail, String uri) {
        HttpStatus known = HttpStatus.resolve(status);
        return problem(status, known != null ? known.getReasonPhrase() : "Error " + status,
                detail != null ? detail : defaultDetail(status), uri);
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing here: see /api/openapi for what the API offers.";
            case 405 -> "This method is not allowed here (see the Allow header).";
            case 415 -> "This content type is not accepted here.";
            case 500 -> "The error was logged on the server.";
            default -> "The request failed with status " + status + ".";
        };
    }

    /** Writes a problem detail as the whole answer. */
    static void write(JsonMapper json, HttpServletResponse response, int status, String title, String detail,
                      String uri) throws IOException {
        write(json, response, problem(status, title, detail, uri));
    }

    private static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }

    private static ProblemDetail problem(int status, String title, String detail, String uri) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setTitle(title);
        if (uri != null) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // a request the container let through with a malformed path: answer without it
            }
        }
        return problem;
    }

    /** Turns {@code sendError} (which would end at the container's error page) into a problem detail. */
    private final class ProblemResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer has already started");
            }
            resetBuffer();
            write((HttpServletResponse) getResponse(), status, message == null || message.isBlank() ? null : message,
                    request.getRequestURI());
        }
    }
}
