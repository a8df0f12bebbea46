package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.RefusesBadTokens;
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
class BadTokenTest extends RefusesBadTokens {

    @Inject
    AuditTrail audit;

    @Override
    protected String spoiled(BadTokens.Defect defect) {
        return defect.token("sw-" + COUNCIL, "social-worker", COUNCIL);
    }

    @Override
    protected String list() {
        return BASE + "/families";
    }

    @Override
    protected String newRecord(String marker) {
        return "{\"name\": \"" + marker + " family\"}";
    }

    @Override
    protected long recordsWith(String marker) {
        return given().auth()
                .oauth2(socialWorker(COUNCIL))
                .queryParam("q", marker)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadTokens.Defect.class)
    void a_bad_token_reads_no_child_adds_none_and_leaves_no_audit_entry(BadTokens.Defect defect) {
        String[] made = familyWithChild(COUNCIL);
        long entriesBefore = audit.countForChild(made[1]);
        String token = defect.token("sw-" + COUNCIL, "social-worker", COUNCIL);

        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/children/" + made[1])
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(childJson("Robin", "Badtoken", "2019-03-02", childId()))
                .when()
                .post(BASE + "/families/" + made[0] + "/children")
                .then()
                .statusCode(401);

        assertThat(audit.countForChild(made[1])).isEqualTo(entriesBefore);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/families/" + made[0])
                .then()
                .statusCode(200)
                .body("children", hasSize(1));
    }
}
