package org.familysafeguarding.platform.text;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.familysafeguarding.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@link CleanText} for the text a request carries outside its body: path segments, query parameters
 * and the headers a service keeps (an idempotency key, who an NHS user is). Runs before a resource is
 * chosen, so a refused value is a 400 naming the parameter whatever the resource; a query value that
 * is not in NFC is rewritten to it, so that searches compare like with like.
 */
public class TextParameters {

    /** Headers whose values a service stores or compares; other headers are the HTTP layer's business. */
    static final List<String> STORED_HEADERS = List.of(
            "Idempotency-Key", "X-Request-Id", "NHSD-End-User-Organisation-ODS", "NHSD-Session-URID", "If-Match");

    static final String FHIR_SEGMENT = "/fhir/";

    @ServerRequestFilter(preMatching = true)
    public Response refuseHostileText(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (uri.getPath().contains(FHIR_SEGMENT)) {
            return null; // FHIR clients are answered in OperationOutcomes: those endpoints check their own input
        }
        for (PathSegment segment : uri.getPathSegments(true)) {
            Response refused = refusal("path segment", segment.getPath(), request);
            if (refused != null) {
                return refused;
            }
        }
        for (String header : STORED_HEADERS) {
            for (String value : request.getHeaders().getOrDefault(header, List.of())) {
                Response refused = refusal("header " + header, value, request);
                if (refused != null) {
                    return refused;
                }
            }
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters(true);
        boolean changed = false;
        UriBuilder normalised = uri.getRequestUriBuilder().replaceQuery(null);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            Response refused = refusal("query parameter name", parameter.getKey(), request);
            if (refused != null) {
                return refused;
            }
            for (String value : parameter.getValue()) {
                refused = refusal(parameter.getKey(), value, request);
                if (refused != null) {
                    return refused;
                }
                String clean = CleanText.clean(value, CleanText.Kind.FREE_TEXT);
                changed |= !clean.equals(value);
                normalised.queryParam(
                        parameter.getKey(), clean.replace("{", "%7B").replace("}", "%7D"));
            }
        }
        if (changed) {
            request.setRequestUri(normalised.build());
        }
        return null;
    }

    private static Response refusal(String field, String value, ContainerRequestContext request) {
        try {
            CleanText.check(value, CleanText.Kind.LINE);
            return null;
        } catch (CleanText.Refused refused) {
            String detail = "The " + (field.contains(" ") ? field : "query parameter '" + field + "'") + " "
                    + refused.getMessage() + ".";
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-text", detail)
                    .withErrors(List.of(new Problem.FieldError(field, refused.getMessage())))
                    .at(URI.create(request.getUriInfo().getPath()))
                    .toResponse();
        }
    }
}
