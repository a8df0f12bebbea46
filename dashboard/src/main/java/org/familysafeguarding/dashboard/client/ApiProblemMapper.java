package org.familysafeguarding.dashboard.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the RFC 9457 problem body of an error answer, so a page can say what the API refused and why. */
class ApiProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        String detail = detail(response);
        return response.getStatus() < 500
                ? new ApiRefusal(response.getStatus(), detail)
                : new ApiFailure(response.getStatus(), detail);
    }

    private static String detail(Response response) {
        try {
            String body = response.readEntity(String.class);
            if (body == null || body.isBlank()) {
                return null;
            }
            JsonNode problem = JSON.readTree(body);
            JsonNode detail = problem.path("detail");
            return detail.isTextual() ? detail.asText() : problem.path("title").asText(null);
        } catch (RuntimeException | java.io.IOException unreadable) {
            return null;
        }
    }
}
