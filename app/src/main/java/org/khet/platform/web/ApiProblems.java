package org.khet.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem: {@code detail} in English, {@code detail_th} and {@code detail_en}, and
 * for rejected input an {@code errors} list naming each row, field and reason in both languages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(RejectedException.class)
    ProblemDetail rejected(RejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable input", e.reason());
        p.setType(URI.create("https://khet.example/problems/rejected-input"));
        p.setProperty("errors", e.errors().stream().map(ApiProblems::error).toList());
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldError.of(f.getField(), FieldMessages.of(f)))
                .toList();
        ProblemDetail body = rejected(new RejectedException(Texts.of("platform.apiProblems.invalidInput"), errors));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    /**
     * A JSON value of the wrong type ("budget": "abc") is refused like any wrong field: 422 naming it, in Thai and
     * English. JSON that cannot be read at all stays a 400.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (e.getCause() instanceof tools.jackson.databind.exc.MismatchedInputException m
                && !m.getPath().isEmpty()) {
            String field = String.join(
                    ".",
                    m.getPath().stream()
                            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                            .toList());
            ProblemDetail body = rejected(new RejectedException(
                    Texts.of("platform.apiProblems.invalidInput"),
                    List.of(FieldError.of(field, Texts.of("platform.apiProblems.wrongType", field)))));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /** Spring's own errors (bad JSON, wrong method, missing parameter) get the Thai wording too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p) {
            p.setProperty("detail_th", StatusWording.th(status.value()));
            p.setProperty("detail_en", p.getDetail());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(org.khet.shared.BadRequestException.class)
    ProblemDetail badRequest(org.khet.shared.BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.reason());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Conflict", e.reason());
        p.setProperty("errors", e.errors().stream().map(ApiProblems::error).toList());
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", Texts.of("platform.apiProblems.notFound"));
    }

    @ExceptionHandler(org.khet.shared.TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(org.khet.shared.TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests",
                        Texts.of("platform.apiProblems.tooManyRequestsNothing")));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", Texts.of("platform.apiProblems.notAllowed"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                Texts.of("platform.apiProblems.khetFailedNothingWas"));
    }

    static ProblemDetail problem(HttpStatus status, String title, Bilingual message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message.en());
        p.setTitle(title);
        p.setProperty("detail_th", message.th());
        p.setProperty("detail_en", message.en());
        return p;
    }

    private static Map<String, Object> error(FieldError e) {
        return Map.of(
                "row",
                e.row(),
                "field",
                e.field(),
                "message_th",
                e.message().th(),
                "message_en",
                e.message().en());
    }
}
