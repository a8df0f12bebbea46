package org.familysafeguarding.platform.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.familysafeguarding.platform.rest.JsonLimits;
import org.familysafeguarding.platform.rest.PlausibleDates;
import org.familysafeguarding.platform.text.TextFields;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure a request can meet into an RFC 9457 problem body, in one place for all
 * services. Bad input is always a 4xx that names the field; only a fault of ours is a 500, and its
 * body reveals nothing of the internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(
                        Status.BAD_REQUEST,
                        "invalid-request",
                        "The request has " + errors.size() + " invalid field(s).")
                .withErrors(errors)
                .at(path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Throwable cause = innermost(e);
        String slug = cause instanceof TextFields.RefusedText
                ? "invalid-text"
                : cause instanceof StreamConstraintsException ? "body-beyond-limits" : "unreadable-body";
        Problem problem = Problem.of(Status.BAD_REQUEST, slug, describe(e)).at(path(uri));
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(pointer(mapping), describe(e))));
        }
        return problem.toResponse();
    }

    /** Quarkus maps this subtype itself; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response refusedByDomain(DomainProblem e, UriInfo uri) {
        Problem problem = switch (e.kind()) {
            case NOT_FOUND -> Problem.of(Status.NOT_FOUND, e.slug(), e.getMessage());
            case CONFLICT -> Problem.of(Status.CONFLICT, e.slug(), e.getMessage());
            case RULE_VIOLATED -> Problem.of(422, "Unprocessable Content", e.slug(), e.getMessage());
            case PRECONDITION_REQUIRED -> Problem.of(428, "Precondition Required", e.slug(), e.getMessage());
            case PRECONDITION_FAILED -> Problem.of(Status.PRECONDITION_FAILED, e.slug(), e.getMessage());
            case FORBIDDEN -> Problem.of(Status.FORBIDDEN, e.slug(), e.getMessage());
        };
        return problem.at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable
                && e.getResponse().getStatus() == 400) {
            // Quarkus's JSON reader wraps a parser's refusal (duplicate field, a limit passed, a number out of range)
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Problem.of(status, slug, e.getMessage()).at(path(uri)).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        var refusedByDatabase = PersistenceProblems.of(e);
        if (refusedByDatabase.isPresent()) {
            // the first line names the constraint or the kind of value; the lines after it may hold personal data
            LOG.infof(
                    "The database refused a write on %s: %s",
                    uri == null ? "?" : uri.getPath(), PersistenceProblems.summary(e));
            return refusedByDatabase.get().at(path(uri)).toResponse();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri == null ? "?" : uri.getPath());
        return Problem.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "The request could not be completed. Nothing was changed; try again, and report it if it persists.")
                .at(path(uri))
                .toResponse();
    }

    /** Drops the method and parameter names Bean Validation puts in front of a request field. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER && isBodyParameter(violation, node)) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(node.getName());
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isBodyParameter(ConstraintViolation<?> violation, Path.Node node) {
        // A body parameter's own name means nothing to the client; the path below it does.
        return violation.getLeafBean() != null && violation.getLeafBean() != violation.getRootBean();
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (e instanceof TextFields.RefusedText refused) {
            return "Field '" + pointer(refused) + "' " + refused.reason() + ".";
        }
        Throwable cause = innermost(e);
        if (cause instanceof StreamConstraintsException beyond) {
            // Jackson's own words name the limit and the value that passed it.
            return "The body is beyond the limits of a request: " + beyond.getOriginalMessage();
        }
        if (cause instanceof InputCoercionException outOfRange) {
            String field = e instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? "Field '" + pointer(mapping) + "': "
                    : "";
            return field + "the number is out of range for its type ("
                    + outOfRange.getTargetType().getSimpleName() + ").";
        }
        if (cause instanceof JsonParseException parse
                && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return "The body names a field twice: " + parse.getOriginalMessage() + ".";
        }
        if (e instanceof JsonLimits.DecimalOutOfRange outOfRange) {
            return "Field '" + pointer(outOfRange) + "': " + outOfRange.getOriginalMessage() + ".";
        }
        if (e instanceof PlausibleDates.OutOfRange outOfRange) {
            return "Field '" + pointer(outOfRange) + "': " + outOfRange.getOriginalMessage() + ", not '"
                    + outOfRange.getValue() + "'.";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "Value '" + invalid.getValue() + "' is not a valid "
                    + invalid.getTargetType().getSimpleName() + ".";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + pointer(mapping) + "' has the wrong type or shape.";
        }
        return "The body is not well-formed JSON.";
    }

    /** Jackson wraps a parser's refusal in a mapping exception that carries the path; the reason is the cause. */
    private static Throwable innermost(JsonProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() instanceof JsonProcessingException inner && inner != cause) {
            cause = inner;
        }
        return cause;
    }

    private static URI path(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getPath());
    }
}
