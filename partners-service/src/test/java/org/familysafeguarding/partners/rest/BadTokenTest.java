package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** The service refuses every kind of bad token itself, as it can be reached without the gateway. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class BadTokenTest {

    static final String AGENCIES = AgencyResourceTest.AGENCIES;
    static final String WEST_SUSSEX = AgencyResourceTest.WEST_SUSSEX;

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadTokens.Defect.class)
    void a_bad_token_can_neither_read_nor_register_an_agency(BadTokens.Defect defect) {
        String token = defect.token("ws-partnership-admin", "partnership-admin", WEST_SUSSEX);
        String name = "Bad Token Trust " + UUID.randomUUID();

        given().auth().oauth2(token).when().get(AGENCIES).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CHARITY", "charityNumber": "%s"}"""
                        .formatted(name, AgencyResourceTest.charityNumber()))
                .when().post(AGENCIES).then().statusCode(401);

        given().auth().oauth2(AgencyResourceTest.admin()).queryParam("q", name).when().get(AGENCIES)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
