package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familysafeguarding.e2e.ApiOperations.Operation;
import org.familysafeguarding.e2e.HostileInputE2ETest.Snapshot;
import org.familysafeguarding.e2e.TenantFixtures.Tenant;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/**
 * How to see whether a write operation changed anything: the nearest read of the document at or above
 * its path (the object itself for an update, the list or the parent a creation adds to), as a role the
 * policy lets read it.
 */
record ReadBack(String path, Operation read, String token, boolean isTheObject) {

    static final ReadBack NONE = new ReadBack(null, null, null, false);

    static ReadBack of(Operation write, TenantFixtures fixtures, Map<String, List<String>> policy) {
        List<Operation> reads =
                ApiOperations.all().stream().filter(Operation::isRead).toList();
        for (String candidate = write.path();
                candidate.lastIndexOf('/') > "/api/x/v1".length();
                candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            String at = candidate;
            Optional<Operation> read =
                    reads.stream().filter(r -> r.path().equals(at)).findFirst();
            if (read.isEmpty()) {
                continue;
            }
            Optional<String> role =
                    Optional.ofNullable(policy.get(read.get().key())).flatMap(NegativeInputE2ETest::allowedRole);
            Optional<String> path = fixtures.fill(at, Tenant.OWN);
            if (role.isPresent() && path.isPresent()) {
                return new ReadBack(
                        path.get(),
                        read.get(),
                        AuthorizationMatrixE2ETest.tokenOf(role.get()),
                        at.equals(write.path()));
            }
        }
        return NONE;
    }

    Snapshot take() {
        if (read == null) {
            return new Snapshot(0, null, null);
        }
        var request = given().auth().oauth2(token).accept("application/json");
        ApiOperations.requiredQuery(read).forEach((name, value) -> request.queryParam(name, value.toString()));
        Response response = request.when().get(Stack.GATEWAY + path);
        JsonNode body = null;
        try {
            body = response.statusCode() == 200 ? ValidRequests.JSON.readTree(response.asByteArray()) : null;
        } catch (Exception e) {
            body = null; // not JSON (the census return is XML): the status and ETag still say something
        }
        return new Snapshot(response.statusCode(), body, response.header("ETag"));
    }
}
