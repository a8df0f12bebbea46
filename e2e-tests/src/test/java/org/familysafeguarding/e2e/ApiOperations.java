package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every operation the gateway's merged OpenAPI document lists, so suites cover new ones without new code. */
final class ApiOperations {

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(
            String method, String path, List<Parameter> parameters, JsonNode requestBodySchema, boolean bodyRequired) {

        /** How the policy table names it: {@code GET /api/partners/v1/agencies/{id}}. */
        String key() {
            return method + " " + path;
        }

        boolean isRead() {
            return method.equals("GET");
        }

        List<Parameter> pathParameters() {
            return parameters.stream().filter(p -> p.in().equals("path")).toList();
        }
    }

    private static JsonNode document;

    private ApiOperations() {}

    /**
     * The merged document with every service's part: the gateway names a service that did not answer in
     * time under {@code x-unavailable-services} (a busy service just after the demo load), so ask again
     * for a while rather than test a partial document.
     */
    static synchronized JsonNode document() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (document == null) {
            String json = given().when()
                    .get(Stack.GATEWAY + "/openapi.json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            JsonNode read;
            try {
                read = new ObjectMapper().readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException("The gateway's OpenAPI document is not JSON", e);
            }
            if (!read.has("x-unavailable-services")) {
                document = read;
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The gateway's OpenAPI document still lacks "
                        + read.get("x-unavailable-services") + " after 60 s");
            } else {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted waiting for the full OpenAPI document", e);
                }
            }
        }
        return document;
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document().path("paths").fields();
                paths.hasNext(); ) {
            var path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                var method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(
                            p.path("name").asText(),
                            p.path("in").asText(),
                            p.path("required").asBoolean(false),
                            resolve(p.path("schema"))));
                }
                JsonNode body = op.path("requestBody");
                JsonNode bodySchema = body.isMissingNode()
                        ? null
                        : resolve(body.path("content").path("application/json").path("schema"));
                operations.add(new Operation(
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        parameters,
                        bodySchema,
                        body.path("required").asBoolean(false)));
            }
        }
        operations.sort((a, b) -> a.key().compareTo(b.key()));
        return operations;
    }

    /** Follows a {@code $ref} to its schema in the components. */
    static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            current = document().at(ref.substring(1));
        }
        return current;
    }

    /** A plausible value for a required query parameter, so a read is judged on who asks, not on what. */
    static Object sampleQueryValue(Parameter parameter) {
        JsonNode schema = parameter.schema();
        String format = schema.path("format").asText("");
        String type = schema.path("type").asText("string");
        if (format.equals("date")) {
            return parameter.name().equals("from") ? LocalDate.now().minusYears(1) : LocalDate.now();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if (type.equals("integer")) {
            return parameter.name().contains("year") ? LocalDate.now().getYear() : 1;
        }
        return "a";
    }

    static Map<String, Object> requiredQuery(Operation operation) {
        Map<String, Object> query = new LinkedHashMap<>();
        operation.parameters().stream()
                .filter(p -> p.in().equals("query") && p.required())
                .forEach(p -> query.put(p.name(), sampleQueryValue(p)));
        return query;
    }
}
