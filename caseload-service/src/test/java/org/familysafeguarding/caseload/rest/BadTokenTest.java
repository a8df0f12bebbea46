package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The service refuses every kind of bad token itself, as it can be reached without the gateway: no
 * family is opened, no child recorded, and no audit entry appended for the refused attempts.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class BadTokenTest {

    @Inject
    AuditTrail audit;

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadTokens.Defect.class)
    void a_bad_token_can_neither_read_nor_write_a_family(BadTokens.Defect defect) {
        String[] made = familyWithChild(COUNCIL);
        long entriesBefore = audit.countForChild(made[1]);
        String token = defect.token("sw-" + COUNCIL, "social-worker", COUNCIL);
        String name = unique("Badtoken") + " family";

        given().auth().oauth2(token).when().get(BASE + "/families").then().statusCode(401);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post(BASE + "/families").then().statusCode(401);
        given().auth().oauth2(token).when().get(BASE + "/children/" + made[1]).then().statusCode(401);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(childJson("Robin", "Badtoken", "2019-03-02", childId()))
                .when().post(BASE + "/families/" + made[0] + "/children").then().statusCode(401);

        assertThat(audit.countForChild(made[1])).isEqualTo(entriesBefore);
        String sw = socialWorker(COUNCIL);
        given().auth().oauth2(sw).queryParam("q", name).when().get(BASE + "/families")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(sw).when().get(BASE + "/families/" + made[0])
                .then().statusCode(200).body("children", hasSize(1));
    }
}
