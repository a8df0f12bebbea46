package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familysafeguarding.e2e.ApiOperations.Operation;
import org.familysafeguarding.e2e.Corruptions.Corruption;
import org.familysafeguarding.e2e.TenantFixtures.Tenant;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every POST, PUT and PATCH of the merged OpenAPI document, sent a valid request with real ids of the
 * caller's own tenant (ValidRequests) by a role the policy lets call it, corrupted in one place at a
 * time (Corruptions): each answer must be a 4xx problem, the object read back before and after must be
 * unchanged, and every service must still be ready afterwards. Prints its counts. Run one operation or
 * a few with {@code -Dhostile.operations=<regex on "METHOD /path">}.
 */
class HostileInputE2ETest {

    static final RestAssuredConfig RAW_BYTES = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    /**
     * Headers a service keeps or compares, sent hostile on operations without a JSON body: a tab is the
     * one control character HTTP carries inside a header value.
     */
    static final Map<String, String> HOSTILE_HEADERS = Map.of("Idempotency-Key", "key\tone", "If-Match", "\"0\t1\"");

    record Answer(String operation, String what, String field, int status, String contentType, String type) {}

    @Test
    void every_write_refuses_hostile_input_with_a_4xx_problem_writes_nothing_and_leaves_the_services_ready()
            throws IOException {
        Map<String, List<String>> policy = AuthorizationMatrixE2ETest.readPolicy();
        Pattern only = Pattern.compile(System.getProperty("hostile.operations", ".*"));
        var fixtures = new TenantFixtures();
        var valid = new ValidRequests(fixtures);
        var corruptions = new Corruptions(valid);
        List<Operation> operations = ApiOperations.all().stream()
                .filter(op -> List.of("POST", "PUT", "PATCH").contains(op.method()))
                .filter(op -> only.matcher(op.key()).find())
                .toList();
        List<Answer> answers = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        List<String> unready = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        // every fixture first: a corruption a service wrongly accepts may change an object (end an
        // allocation, open a tender) that a later fixture would be made from
        Map<String, ReadBack> readBacks = new java.util.HashMap<>();
        for (Operation operation : operations) {
            try {
                fixtures.fill(operation.path(), Tenant.OWN);
                ReadBack readBack = ReadBack.of(operation, fixtures, policy);
                valid.body(operation, null);
                readBacks.put(operation.key(), readBack);
            } catch (IllegalStateException | AssertionError e) { // a fixture the stack could not make
                uncovered.add(operation.key() + ": " + e.getMessage());
            }
        }
        sleep(2); // the events the fixtures raised reach the other services' read models before anything is compared
        long started = System.nanoTime();
        for (Operation operation : operations) {
            if (!readBacks.containsKey(operation.key())) {
                continue; // its fixture could not be made: said in uncovered
            }
            Optional<String> role =
                    Optional.ofNullable(policy.get(operation.key())).flatMap(NegativeInputE2ETest::allowedRole);
            Optional<String> path = fixtures.fill(operation.path(), Tenant.OWN);
            if (role.isEmpty() || path.isEmpty()) {
                uncovered.add(operation.key());
                continue;
            }
            String token = AuthorizationMatrixE2ETest.tokenOf(role.get());
            ReadBack readBack = readBacks.get(operation.key());
            if (readBack.read() == null) {
                unchecked.add(operation.key());
            }
            Snapshot before = readBack.take();
            ObjectNode base =
                    valid.body(operation, before.body() == null || !readBack.isTheObject() ? null : before.body());
            String ifMatch = before.etag() != null ? before.etag() : "\"0\"";
            List<Corruption> sent = base != null
                    ? corruptions.of(base, operation.requestBodySchema())
                    : operation.requestBodySchema() != null
                            ? corruptions.whole(ValidRequests.JSON.createObjectNode(), null)
                            : List.of();
            for (Corruption corruption : sent) {
                Response response = send(operation, path.get(), token, ifMatch, corruption, Map.of(), Map.of());
                answers.add(answer(operation, corruption.what(), corruption.field(), response));
            }
            if (base == null) {
                // no JSON object to corrupt: the text a service keeps from the headers and the query instead
                for (var header : HOSTILE_HEADERS.entrySet()) {
                    Response response = send(
                            operation,
                            path.get(),
                            token,
                            "\"999999\"",
                            null,
                            Map.of(header.getKey(), header.getValue()),
                            Map.of());
                    answers.add(answer(operation, "hostile header", header.getKey(), response));
                }
                Response response = send(
                        operation, path.get(), token, "\"999999\"", null, Map.of(), Map.of("q", "Smith\u0000family"));
                answers.add(answer(operation, "NUL in a query parameter", "q", response));
            }
            Snapshot after = readBack.take();
            if (!after.sameAs(before)) {
                writes.add(operation.key() + " changed " + readBack.path() + ": " + after.differenceFrom(before));
            }
            unready.addAll(Ready.check(operation.key()));
        }
        report(operations, answers, writes);
        System.out.printf(
                "hostile input: %d s for the calls and checks%n",
                java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        System.out.printf(
                "hostile input: %d operations with no read to check for writes %s%n", unchecked.size(), unchecked);
        assertThat(uncovered)
                .as("write operations with no allowed role in the policy or no fixture")
                .isEmpty();
        List<String> wrong = answers.stream()
                .filter(a -> a.status() < 400
                        || a.status() >= 500
                        || (a.status() != 404
                                && a.status() != 405
                                && a.status() != 413
                                && a.status() != 415
                                && !String.valueOf(a.contentType())
                                        .startsWith(NegativeInputE2ETest.errorBodyOf(a.operation(), ""))))
                .map(a -> "%s, %s in %s: %d %s".formatted(a.operation(), a.what(), a.field(), a.status(), a.type()))
                .toList();
        assertThat(wrong)
                .as("hostile input not refused with a 4xx problem body")
                .isEmpty();
        assertThat(writes).as("objects changed by refused requests").isEmpty();
        assertThat(unready).as("services not ready after hostile input").isEmpty();
    }

    static Response send(
            Operation operation,
            String path,
            String token,
            String ifMatch,
            Corruption corruption,
            Map<String, String> headers,
            Map<String, String> query) {
        for (int attempt = 0; ; attempt++) {
            RequestSpecification request = given().config(RAW_BYTES)
                    .auth()
                    .oauth2(token)
                    .accept("application/json, application/problem+json, application/fhir+json")
                    .header("If-Match", ifMatch);
            ApiOperations.requiredQuery(operation).forEach((name, value) -> request.queryParam(name, value.toString()));
            query.forEach(request::queryParam);
            headers.forEach(request::header);
            if (corruption != null) {
                request.contentType(corruption.contentType()).body(corruption.body());
            }
            Response response;
            try {
                response = request.when().request(operation.method(), Stack.GATEWAY + path);
            } catch (RuntimeException e) {
                // the gateway closes the connection on a declared body over its limit before reading it
                if (corruption != null && corruption.body().length > 1_048_576) {
                    return null;
                }
                throw e;
            }
            if (response.statusCode() != 429 || attempt >= 10) {
                return response;
            }
            sleep(Long.parseLong(
                    Optional.ofNullable(response.header("Retry-After")).orElse("1")));
        }
    }

    static Answer answer(Operation operation, String what, String field, Response response) {
        if (response == null) {
            return new Answer(operation.key(), what, field, 413, "connection closed", "body-too-large");
        }
        String type = null;
        try {
            type = response.contentType().contains("json") ? response.path("type") : null;
        } catch (RuntimeException e) {
            type = "(no JSON body)";
        }
        String slug = type == null ? "-" : type.substring(type.lastIndexOf('/') + 1);
        return new Answer(operation.key(), what, field, response.statusCode(), response.contentType(), slug);
    }

    static void report(List<Operation> operations, List<Answer> answers, List<String> writes) {
        Map<Integer, Long> byStatus =
                answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        Map<String, Long> byType =
                answers.stream().collect(Collectors.groupingBy(Answer::type, TreeMap::new, Collectors.counting()));
        long fiveHundreds = answers.stream().filter(a -> a.status() >= 500).count();
        long accepted = answers.stream().filter(a -> a.status() < 400).count();
        System.out.printf(
                "hostile input: %d write operations, %d calls, answers by status %s, problem types %s; "
                        + "%d 5xx, %d accepted, %d operations whose object changed%n",
                operations.size(), answers.size(), byStatus, byType, fiveHundreds, accepted, writes.size());
        answers.stream()
                .filter(a -> a.status() < 400 || a.status() >= 500)
                .map(a -> "  %d %s: %s in %s".formatted(a.status(), a.operation(), a.what(), a.field()))
                .forEach(System.out::println);
        writes.forEach(w -> System.out.println("  wrote: " + w));
    }

    static void sleep(long seconds) {
        try {
            Thread.sleep(Math.min(seconds, 5) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A snapshot of what an operation could have changed: the JSON and ETag a read of it answers. */
    record Snapshot(int status, JsonNode body, String etag) {

        boolean sameAs(Snapshot other) {
            return status == other.status && java.util.Objects.equals(body, other.body);
        }

        /** What differs from the earlier snapshot: the status, or the top-level fields whose values changed. */
        String differenceFrom(Snapshot earlier) {
            if (status != earlier.status || body == null || earlier.body == null) {
                return "status " + earlier.status + " -> " + status;
            }
            List<String> changed = new ArrayList<>();
            body.fieldNames().forEachRemaining(name -> {
                JsonNode was = earlier.body.get(name);
                JsonNode now = body.get(name);
                if (!now.equals(was)) {
                    changed.add(name
                            + (now.isArray() && was != null && was.isArray()
                                    ? " (" + was.size() + " -> " + now.size() + " items)"
                                    : " (" + shorten(was) + " -> " + shorten(now) + ")"));
                }
            });
            return String.join(", ", changed);
        }

        private static String shorten(JsonNode node) {
            String text = String.valueOf(node);
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }
    }
}
