package org.putright.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.shared.CodeRuleViolation;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error is RFC 9457 problem+json. Malformed input is 400 naming the field (and echoing what was sent);
 * a Code rule is 422 with {@code provision}; nothing the client sent is silently dropped.
 */
@RestControllerAdvice(basePackages = "org.putright")
public class ProblemResponses extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://putright.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(CodeRuleViolation.class)
    ResponseEntity<Object> codeRule(CodeRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "code-rule",
                "Refused by provision " + e.provision() + " of the Complaint Handling Code", e.getMessage());
        problem.setProperty("provision", e.provision());
        problem.setProperty("rule", e.rule());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PageErrors.wantsPage(request)) {
            // a browser asked for a page (a bad period in the address, say): it gets the error page, not JSON
            PageErrors.send(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    e.field() == null ? e.getMessage() : "The " + e.field() + " " + e.getMessage() + ".");
            return null;
        }
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "The request cannot be accepted",
                e.getMessage());
        problem.setProperty("errors", List.of(fieldError(e.field(), e.getMessage(), e.rejectedValue())));
        return respond(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return respond(problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.warn("Refused a write that broke a database constraint", e);
        return respond(problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change clashes with data already held (for example a duplicate, or a change made at the same time). Try again."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "'" + e.getName() + "' is not valid: " + e.getValue());
        problem.setProperty("errors", List.of(fieldError(e.getName(), "is not valid", e.getValue())));
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.getDefaultMessage(), error.getRejectedValue()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage(), null)));
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message")).sorted()
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        String field = null;
        String message = "The request body is not valid JSON";
        Object rejected = null;
        if (cause instanceof JacksonException jackson) {
            field = path(jackson);
            if (cause instanceof UnrecognizedPropertyException unknown) {
                message = "is not a field this request takes (known fields: " + unknown.getKnownPropertyIds() + ")";
                rejected = unknown.getPropertyName();
            }
            else if (cause instanceof InvalidFormatException invalidFormat) {
                message = "is not a valid " + describe(invalidFormat.getTargetType());
                rejected = invalidFormat.getValue();
            }
            else if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "must be " + describe(mismatched.getTargetType());
            }
            else if (field == null || field.isEmpty()) {
                message = "The request body is not valid JSON: " + jackson.getOriginalMessage();
            }
            else {
                message = "is not valid: " + jackson.getOriginalMessage();
            }
        }
        ProblemDetail problem;
        if (field != null && !field.isEmpty()) {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", field + ": " + message);
            problem.setProperty("errors", List.of(fieldError(field, message, rejected)));
        }
        else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", message);
        }
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail && detail.getType() != null
                && "about:blank".equals(detail.getType().toString())) {
            detail.setType(URI.create(TYPE_BASE + statusCode.value()));
        }
        return response;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value: one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "date-time with offset (e.g. 2026-06-30T23:30:00Z)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "List", "Set", "Collection" -> "list";
            case "String" -> "text";
            default -> type.getSimpleName();
        };
    }

    static Map<String, Object> fieldError(String field, String message, Object rejectedValue) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        if (rejectedValue != null) {
            error.put("rejectedValue", rejectedValue);
        }
        return error;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
