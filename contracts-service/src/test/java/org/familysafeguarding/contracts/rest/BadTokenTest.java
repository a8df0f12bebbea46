package org.familysafeguarding.contracts.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.contracts.support.Api.CONTRACTS;
import static org.familysafeguarding.contracts.support.Api.asCouncil;
import static org.familysafeguarding.contracts.support.Api.contract;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Councils;
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

    @Inject
    Councils councils;

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadTokens.Defect.class)
    void a_bad_token_can_neither_read_nor_plan_a_contract(BadTokens.Defect defect) {
        String council = councils.known();
        String token = defect.token("someone-commissioner", "commissioner", council);

        given().auth().oauth2(token).when().get(CONTRACTS).then().statusCode(401);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(contract(council, null))
                .when().post(CONTRACTS).then().statusCode(401);

        asCouncil("commissioner", council).when().get(CONTRACTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
