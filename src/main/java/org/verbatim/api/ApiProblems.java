package org.verbatim.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.verbatim.export.Exports;
import org.verbatim.extraction.UnreadableArticleException;
import org.verbatim.quote.SelfApprovalException;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.ReasonRequiredException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the REST API as an RFC 9457 problem detail ({@code application/problem+json}): 400 for a bad
 * request, 403 for a role or rule that forbids it, 404, 409 for a conflicting edit (with who and when), a write that
 * collided with another one at the same moment, or a step the quote's state does not allow, 422 for an unreadable
 * article.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPES = "/api/problems/";
    private static final Pattern FIELD_MESSAGE = Pattern.compile("([a-zA-Z][a-zA-Z.]*): (.+)", Pattern.DOTALL);

    @ExceptionHandler(ConflictingEditException.class)
    ProblemDetail conflict(ConflictingEditException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "conflicting-edit", "Changed by someone else", e.getMessage());
        p.setProperty("changedBy", e.changedBy());
        p.setProperty("changedAt", e.changedAt());
        return p;
    }

    /** A deadlock or lock timeout that outlasted the use case's retries, or a write race it did not word itself. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentWrite(ConcurrencyFailureException e) {
        log.info("Concurrent write refused: {}", e.toString());
        return problem(HttpStatus.CONFLICT, "concurrent-write", "Written by another request at the same moment",
                "Another request was changing the same data; nothing was saved. Reload and try again.");
    }

    @ExceptionHandler(SelfApprovalException.class)
    ProblemDetail selfApproval(SelfApprovalException e) {
        return problem(HttpStatus.FORBIDDEN, "self-approval", "Nobody approves their own review", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this.");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(UnreadableArticleException.class)
    ProblemDetail unreadable(UnreadableArticleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-article", "Not a readable article",
                e.getMessage());
    }

    @ExceptionHandler(ReasonRequiredException.class)
    ProblemDetail reasonRequired(ReasonRequiredException e) {
        return problem(HttpStatus.BAD_REQUEST, "reason-required", "A reason is required", e.getMessage());
    }

    /** A message worded "field: what is wrong" (as the use cases and paging word them) also goes into errors. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
        Matcher field = FIELD_MESSAGE.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (field.matches()) {
            p.setProperty("errors", Map.of(field.group(1), field.group(2)));
        }
        return p;
    }

    /** Nothing wrong with the request: the installation lacks a setting (the message names it). */
    @ExceptionHandler(Exports.NotConfiguredException.class)
    ProblemDetail notConfigured(Exports.NotConfiguredException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "not-configured", "Not configured on this installation",
                e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail wrongState(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "wrong-state", "Not possible in the quote's current state",
                e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                e.getName() + ": “" + e.getValue() + "” is not a valid value");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid: see errors.");
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    /** A body that is not the JSON the endpoint reads: 400, naming the field when there is one. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadableBody(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                e));
    }

    /**
     * The problem for an unreadable body: with {@code errors} by field when Jackson names one, else what it could
     * not read.
     */
    static ProblemDetail unreadableBody(HttpStatus status, String type, String title,
                                        HttpMessageNotReadableException e) {
        JacksonException json = e.getMostSpecificCause() instanceof JacksonException j ? j : null;
        String field = json == null ? "" : json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        String what = json instanceof MismatchedInputException m && m.getTargetType() != null
                ? "expected " + expected(m.getTargetType()) : "not readable";
        if (field.isEmpty()) {
            String detail = json == null || json instanceof MismatchedInputException
                    ? "The body must be a JSON object with the fields this endpoint documents (see /api/openapi)."
                    : "The body is not well-formed JSON: " + json.getOriginalMessage();
            return problem(status, type, title, detail);
        }
        ProblemDetail p = problem(status, type, title, field + ": " + what);
        p.setProperty("errors", Map.of(field, what));
        return p;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "a JSON object";
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in the REST API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong",
                "The error was logged on the server.");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }
}
