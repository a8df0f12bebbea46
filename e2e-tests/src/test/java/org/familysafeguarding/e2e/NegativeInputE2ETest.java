package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familysafeguarding.e2e.ApiOperations.Operation;
import org.familysafeguarding.e2e.TenantFixtures.Tenant;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends every operation of the merged OpenAPI document input it must refuse - malformed JSON, a body
 * of the wrong shape, each field of the wrong type, too long, with too many items, an unknown enum
 * value, an impossible date or a malformed identifier; path identifiers that are not identifiers;
 * paging out of range - as a caller the policy table allows. Each must answer 4xx with an RFC 9457
 * problem body: never 2xx (something written or accepted), never 5xx. Driven by the document, so a
 * new operation is covered without new code.
 */
class NegativeInputE2ETest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Attempt(String operation, String what, int status, String contentType) {}

    /** The first role the policy lets past authorisation on its own tenant (ok, else any outcome but 403). */
    static Optional<String> allowedRole(List<String> cells) {
        for (String wanted : List.of("ok", "")) {
            for (int r = 0; r < cells.size(); r++) {
                String own = AuthorizationMatrixE2ETest.expected(cells, r, Tenant.OWN);
                if (wanted.isEmpty() ? !own.equals("denied") : own.equals(wanted)) {
                    return Optional.of(AuthorizationMatrixE2ETest.ROLES.get(r));
                }
            }
        }
        return Optional.empty();
    }

    /** Bodies each refused for one reason, derived from the request schema. */
    static Map<String, String> badBodies(JsonNode schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"unterminated\": ");
        bodies.put("an array where an object belongs", "[1, 2, 3]");
        if (schema != null && schema.path("required").size() > 0) {
            bodies.put("an empty object (required fields missing)", "{}");
        }
        bodies.put("null", "null");
        JsonNode properties = schema == null ? null : schema.path("properties");
        if (properties == null || !properties.isObject()) {
            return bodies;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            var property = it.next();
            JsonNode field = ApiOperations.resolve(property.getValue());
            for (var bad : badValues(property.getValue(), field).entrySet()) {
                ObjectNode body = JSON.createObjectNode();
                body.set(property.getKey(), bad.getValue());
                bodies.put(property.getKey() + ": " + bad.getKey(), body.toString());
            }
        }
        return bodies;
    }

    static Map<String, JsonNode> badValues(JsonNode declared, JsonNode field) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = field.path("type").asText(declared.path("type").asText(""));
        String format = field.path("format").asText(declared.path("format").asText(""));
        var nodes = JSON.getNodeFactory();
        switch (type) {
            case "string" ->
                values.put("an object instead of text", JSON.createObjectNode().put("x", 1));
            case "integer", "number" -> {
                values.put("text instead of a number", nodes.textNode("not-a-number"));
                values.put("a number far out of range", nodes.numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> values.put("text instead of true/false", nodes.textNode("maybe"));
            case "array" ->
                values.put(
                        "an object instead of a list", JSON.createObjectNode().put("x", 1));
            case "object" -> values.put("text instead of an object", nodes.textNode("not-an-object"));
            default -> {}
        }
        if (field.has("enum") || declared.has("enum")) {
            values.put("an unknown code", nodes.textNode("NOT_A_KNOWN_VALUE"));
        }
        if (format.equals("date")) {
            values.put("an impossible date", nodes.textNode("2026-02-30"));
            values.put("a date in another format", nodes.textNode("31/12/2025"));
            values.put("a year out of range", nodes.textNode("+99999-01-01"));
        }
        if (format.equals("uuid") || declared.path("$ref").asText().endsWith("/UUID")) {
            values.put("a malformed identifier", nodes.textNode("not-a-uuid"));
        }
        long maxLength =
                field.path("maxLength").asLong(declared.path("maxLength").asLong(0));
        if (type.equals("string")) {
            values.put("text far too long", nodes.textNode("x".repeat((int) Math.max(maxLength + 1, 20_000))));
        }
        if (field.has("pattern") || declared.has("pattern")) {
            values.put("text not of the required form", nodes.textNode(" "));
        }
        long maxItems = field.path("maxItems").asLong(declared.path("maxItems").asLong(0));
        if (type.equals("array")) {
            var list = JSON.createArrayNode();
            for (long i = 0; i < Math.max(maxItems + 1, 1001); i++) {
                list.add("x");
            }
            values.put("far too many items", list);
        }
        return values;
    }

    /**
     * The error body an operation must answer: RFC 9457 problem JSON, except on the FHIR endpoints for
     * NHS systems, which answer a FHIR OperationOutcome as FHIR clients expect.
     */
    static String errorBodyOf(String operation, String what) {
        if (what.contains("%")) {
            return "application/problem+json"; // the gateway refuses a path not in plain form before any service sees
            // it
        }
        return operation.contains("/api/caseload/v1/fhir/") ? "application/fhir+json" : "application/problem+json";
    }

    static Response send(Operation operation, String path, String token, String body, Map<String, String> query) {
        RequestSpecification request =
                given().auth().oauth2(token).accept(ContentType.JSON).header("If-Match", "\"999999\"");
        ApiOperations.requiredQuery(operation).forEach((name, value) -> request.queryParam(name, value.toString()));
        query.forEach(request::queryParam);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(operation.method(), Stack.GATEWAY + path);
    }

    @Test
    void every_operation_refuses_bad_input_with_a_4xx_problem_and_never_a_5xx() throws IOException {
        Map<String, List<String>> policy = AuthorizationMatrixE2ETest.readPolicy();
        var fixtures = new TenantFixtures();
        List<Attempt> attempts = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Operation operation : ApiOperations.all()) {
            Optional<String> role =
                    Optional.ofNullable(policy.get(operation.key())).flatMap(NegativeInputE2ETest::allowedRole);
            Optional<String> path = fixtures.fill(operation.path(), Tenant.OWN);
            if (role.isEmpty() || path.isEmpty()) {
                uncovered.add(operation.key());
                continue;
            }
            String token = AuthorizationMatrixE2ETest.tokenOf(role.get());
            boolean takesBody = operation.requestBodySchema() != null;
            if (takesBody) {
                for (var bad : badBodies(operation.requestBodySchema()).entrySet()) {
                    Response response = send(operation, path.get(), token, bad.getValue(), Map.of());
                    attempts.add(
                            new Attempt(operation.key(), bad.getKey(), response.statusCode(), response.contentType()));
                }
            }
            for (var parameter : operation.pathParameters()) {
                // the same fill, with this one parameter replaced by something that is no identifier
                String withBad = fixtures.fill(
                                operation.path().replace("{" + parameter.name() + "}", "NOT-AN-ID"), Tenant.OWN)
                        .orElseThrow();
                for (String junk : List.of("not-an-id", "%27%20or%201%3D1", "x".repeat(300))) {
                    Response response = send(
                            operation, withBad.replace("NOT-AN-ID", junk), token, takesBody ? "{}" : null, Map.of());
                    attempts.add(new Attempt(
                            operation.key(),
                            parameter.name() + " = " + junk.substring(0, Math.min(20, junk.length())),
                            response.statusCode(),
                            response.contentType()));
                }
            }
            if (operation.isRead()
                    && operation.parameters().stream().anyMatch(p -> p.name().equals("size"))) {
                for (var query : List.of(
                        Map.of("size", "0"),
                        Map.of("size", "100000"),
                        Map.of("page", "-1"),
                        Map.of("page", "abc"),
                        Map.of("size", "1e3"))) {
                    Response response = send(operation, path.get(), token, null, query);
                    attempts.add(new Attempt(
                            operation.key(), "paging " + query, response.statusCode(), response.contentType()));
                }
            }
        }
        System.out.printf(
                "negative input: %d operations, %d refused attempts%n",
                attempts.stream().map(Attempt::operation).distinct().count(), attempts.size());
        assertThat(uncovered)
                .as("operations with no allowed role in the policy or no fixture")
                .isEmpty();
        List<String> wrong = attempts.stream()
                .filter(a -> a.status() < 400
                        || a.status() >= 500
                        || (a.status() != 404
                                && a.status() != 405
                                && a.status() != 413
                                && a.status() != 415
                                && !String.valueOf(a.contentType()).startsWith(errorBodyOf(a.operation(), a.what()))))
                .map(a -> "%s with %s answered %d (%s)".formatted(a.operation(), a.what(), a.status(), a.contentType()))
                .toList();
        assertThat(wrong)
                .as("bad input that was not refused with a 4xx problem body")
                .isEmpty();
    }
}
