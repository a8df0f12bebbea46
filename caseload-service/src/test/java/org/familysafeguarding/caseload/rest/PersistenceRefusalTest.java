package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Each kind of refusal PostgreSQL makes of a write that bad input can cause answers a 4xx problem
 * that says what kind of fault it is and nothing of the schema, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PersistenceRefusalTest {

    @ParameterizedTest(name = "{0} answers {1} {2}")
    @CsvSource({
        "unique, 409, conflicts-with-a-record",
        "foreign-key, 422, refers-to-an-absent-record",
        "still-referenced, 409, still-referenced",
        "check, 422, breaks-a-rule-of-the-record",
        "not-null, 400, missing-value",
        "too-long, 400, value-does-not-fit",
        "out-of-range, 400, value-does-not-fit",
        "nul, 400, value-does-not-fit"
    })
    void a_write_the_database_refuses_is_a_4xx_problem(String kind, int status, String slug) {
        given().when()
                .post("/test-only/persistence-probe/" + kind)
                .then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://familysafeguarding.org/problems/" + slug))
                .body("detail", not(containsString("persistence_probe")));
    }

    @org.junit.jupiter.api.Test
    void a_write_the_database_takes_is_not_refused() {
        given().when().post("/test-only/persistence-probe/fine").then().statusCode(204);
    }
}
