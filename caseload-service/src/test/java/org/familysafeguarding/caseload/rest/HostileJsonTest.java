package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.allocateAdult;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.practitionerToken;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The JSON limits of platform-support's JsonLimits, as a client of this service meets them. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class HostileJsonTest {

    @Inject
    Partnership partnership;

    static ValidatableResponse postFamily(String body) {
        return given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/families")
                .then();
    }

    static void badRequest(ValidatableResponse response, String detail) {
        response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString(detail));
    }

    @Test
    void a_field_named_twice_is_refused() {
        String surname = unique("Twice");
        badRequest(
                postFamily("{\"name\": \"" + surname + " family\", \"name\": \"Other family\"}"),
                "names a field twice");
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .queryParam("q", surname)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void nesting_beyond_the_limit_is_refused() {
        String deep = "[".repeat(100) + "]".repeat(100);
        badRequest(postFamily("{\"name\": \"Deep family\", \"extra\": " + deep + "}"), "beyond the limits");
    }

    @Test
    void a_number_of_more_digits_than_the_limit_is_refused() {
        badRequest(postFamily("{\"name\": 1" + "0".repeat(1000) + "}"), "beyond the limits");
    }

    @Test
    void a_body_over_a_megabyte_is_refused_before_it_is_read() {
        postFamily("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").statusCode(413);
    }

    @Test
    void a_whole_number_field_refuses_a_fraction_and_an_overflow_instead_of_rounding_or_wrapping() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        for (String minutes : new String[] {"45.5", "4294967341", "1e10", "-2147483649"}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("""
                    {"type": "HOME_VISIT", "occurredOn": "%s", "durationMinutes": %s}""".formatted(LocalDate.now(), minutes))
                    .when()
                    .post(BASE + "/adults/" + world.adultId + "/interventions")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("durationMinutes"));
        }
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_number_is_not_taken_for_a_code() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"type": 0, "occurredOn": "%s", "durationMinutes": 45}""".formatted(LocalDate.now()))
                .when()
                .post(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }
}
