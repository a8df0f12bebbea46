package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.familysafeguarding.e2e.ApiOperations.Operation;
import org.familysafeguarding.e2e.TenantFixtures.Tenant;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Calls every operation of the merged OpenAPI document as every role, on an object of the caller's
 * own tenant and of another tenant, and compares each outcome with the declared policy in
 * {@code src/test/resources/authorization-policy.csv}. An operation missing from the table fails, so
 * no endpoint ships without a decision about who may call it.
 *
 * <p>Outcomes: {@code ok} - a read answers 200; a change reaches validation (it is sent a body that
 * can never be valid, so nothing is written) and answers 400/409/412/422/428; {@code denied} - 403;
 * {@code hidden} - 404, as if the object did not exist. A cell is one outcome, or "own/other".
 * Run with {@code -Dmatrix.record=true} to write what was observed to
 * {@code target/authorization-policy.observed.csv} (to review, never to copy blindly).
 */
class AuthorizationMatrixE2ETest {

    /** The roles, in the table's column order, and who plays each. */
    static final List<String> ROLES = List.of(
            "partnership-admin",
            "commissioner",
            "team-manager",
            "social-worker",
            "analyst",
            "auditor",
            "practitioner",
            "provider-manager",
            "nhs-integration",
            "probation-integration",
            "platform-admin");

    static final Path POLICY = Path.of("src/test/resources/authorization-policy.csv");
    /** A JSON value no request body of the API accepts: a change is refused before anything is written. */
    static final String NEVER_VALID_BODY = "\"not an object\"";
    /** JSON first; the CIN census return is XML. */
    static final String ACCEPT = "application/json, application/xml;q=0.9";

    record Call(String operation, String role, Tenant tenant, String expected, String observed, int status) {}

    static String tokenOf(String role) {
        return switch (role) {
            case "nhs-integration", "probation-integration" -> Stack.serviceToken(role);
            case "platform-admin" -> Stack.tokenFor(role);
            case "practitioner", "provider-manager" ->
                Stack.tokenFor(Stack.demoUsers().stream()
                        .filter(u -> u.role().equals(role) && TenantFixtures.OWN_AGENCY.equals(u.agencyId()))
                        .findFirst()
                        .orElseThrow());
            default -> Stack.tokenFor(Stack.user(role, TenantFixtures.OWN_COUNCIL));
        };
    }

    static Map<String, List<String>> readPolicy() throws IOException {
        Map<String, List<String>> policy = new LinkedHashMap<>();
        for (String line : Files.readAllLines(POLICY)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split(",", -1));
            if (cells.size() != ROLES.size() + 1) {
                throw new IllegalStateException("A policy line needs the operation and one cell per role: " + line);
            }
            policy.put(
                    cells.get(0).trim(),
                    cells.subList(1, cells.size()).stream().map(String::trim).toList());
        }
        return policy;
    }

    static String expected(List<String> cells, int role, Tenant tenant) {
        String cell = cells.get(role);
        int slash = cell.indexOf('/');
        if (slash < 0) {
            return cell;
        }
        return tenant == Tenant.OWN ? cell.substring(0, slash) : cell.substring(slash + 1);
    }

    static String outcome(Operation operation, int status) {
        return switch (status) {
            case 403 -> "denied";
            case 404 -> "hidden";
            case 401 -> "unauthenticated";
            default -> {
                if (operation.isRead()) {
                    yield status == 200 ? "ok" : "status-" + status;
                }
                yield List.of(400, 409, 412, 422, 428).contains(status)
                        ? "ok"
                        : status < 300 ? "WROTE-" + status : "status-" + status;
            }
        };
    }

    static Response call(Operation operation, String path, String token) {
        RequestSpecification request = given().auth().oauth2(token).accept(ACCEPT);
        ApiOperations.requiredQuery(operation).forEach((name, value) -> request.queryParam(name, value.toString()));
        if (!operation.isRead()) {
            // a version no object has: an operation without a body is refused as stale, so nothing is written
            request.contentType(ContentType.JSON)
                    .header("If-Match", "\"999999\"")
                    .body(NEVER_VALID_BODY);
        }
        return request.when().request(operation.method(), Stack.GATEWAY + path);
    }

    @Test
    void every_operation_answers_every_role_as_the_policy_says_in_its_own_tenant_and_another() throws IOException {
        Map<String, List<String>> policy = readPolicy();
        List<Operation> operations = ApiOperations.all();
        var listed = new TreeSet<String>();
        operations.forEach(op -> listed.add(op.key()));
        boolean record = Boolean.getBoolean("matrix.record");
        var fixtures = new TenantFixtures();
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, tokenOf(role)));
        List<Call> calls = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Operation operation : operations) {
            List<String> cells = policy.getOrDefault(
                    operation.key(), ROLES.stream().map(r -> "?").toList());
            boolean tenanted = !operation.pathParameters().isEmpty();
            for (Tenant tenant : tenanted ? List.of(Tenant.OWN, Tenant.OTHER) : List.of(Tenant.OWN)) {
                Optional<String> path = fixtures.fill(operation.path(), tenant);
                if (path.isEmpty()) {
                    unresolved.add(operation.key());
                    break;
                }
                for (int r = 0; r < ROLES.size(); r++) {
                    String expected = expected(cells, r, tenant);
                    Response response = call(operation, path.get(), tokens.get(ROLES.get(r)));
                    calls.add(new Call(
                            operation.key(),
                            ROLES.get(r),
                            tenant,
                            expected,
                            outcome(operation, response.statusCode()),
                            response.statusCode()));
                }
            }
        }
        long denials = calls.stream()
                .filter(c -> c.observed().equals("denied") || c.observed().equals("hidden"))
                .count();
        System.out.printf(
                "authorization matrix: %d operations, %d calls, %d denials (403 or 404)%n",
                operations.size(), calls.size(), denials);
        if (record) {
            writeObserved(operations, calls);
        }
        assertThat(new TreeSet<>(policy.keySet()))
                .as("operations in the OpenAPI document without a line in %s (decide who may call them)", POLICY)
                .containsAll(listed);
        assertThat(listed)
                .as("lines in %s for operations that no longer exist", POLICY)
                .containsAll(policy.keySet());
        assertThat(unresolved)
                .as("operations whose path parameters have no fixture in TenantFixtures")
                .isEmpty();
        List<String> mismatches = calls.stream()
                .filter(c -> !c.expected().equals(c.observed()))
                .map(c -> "%s as %s on %s: expected %s, got %s (%d)"
                        .formatted(
                                c.operation(),
                                c.role(),
                                c.tenant().name().toLowerCase(),
                                c.expected(),
                                c.observed(),
                                c.status()))
                .toList();
        if (!record) {
            assertThat(mismatches).as("outcomes that differ from the policy").isEmpty();
        }
    }

    private static void writeObserved(List<Operation> operations, List<Call> calls) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# operation," + String.join(",", ROLES));
        for (Operation operation : operations) {
            List<String> cells = new ArrayList<>();
            for (String role : ROLES) {
                String own = observed(calls, operation, role, Tenant.OWN);
                String other = observed(calls, operation, role, Tenant.OTHER);
                cells.add(other == null || other.equals(own) ? own : own + "/" + other);
            }
            lines.add(operation.key() + "," + String.join(",", cells));
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/authorization-policy.observed.csv"), lines);
    }

    private static String observed(List<Call> calls, Operation operation, String role, Tenant tenant) {
        return calls.stream()
                .filter(c -> c.operation().equals(operation.key()) && c.role().equals(role) && c.tenant() == tenant)
                .map(Call::observed)
                .findFirst()
                .orElse(null);
    }
}
