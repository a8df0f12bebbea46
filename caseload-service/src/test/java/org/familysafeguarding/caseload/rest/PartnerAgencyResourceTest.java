package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.UUID;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PartnerAgencyResourceTest {

    static final String AGENCIES = "/api/caseload/v1/agencies";

    @Test
    void no_token_is_401() {
        given().when().get(AGENCIES).then().statusCode(401);
    }

    @Test
    void commissioning_and_analysis_roles_have_no_business_in_the_caseload() {
        given().auth()
                .oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("ws-analyst", "analyst", "E10000032"))
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(403);
    }

    @Test
    void practitioners_list_agencies_and_an_unknown_one_is_a_404_problem() {
        String token = agencyStaff(
                "cgl-practitioner", "practitioner", UUID.randomUUID().toString());
        given().auth().oauth2(token).when().get(AGENCIES).then().statusCode(200);
        given().auth()
                .oauth2(token)
                .when()
                .get(AGENCIES + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
