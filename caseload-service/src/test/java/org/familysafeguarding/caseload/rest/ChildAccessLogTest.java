package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** An auditor, and the child's council, can ask who accessed a child's record and when; no one else. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ChildAccessLogTest {

    @Test
    void the_councils_auditor_sees_who_read_the_child_and_the_asking_is_recorded_too() {
        String[] made = familyWithChild(COUNCIL);
        String child = made[1];
        given().auth()
                .oauth2(councilStaff("reader-sw", "social-worker", COUNCIL))
                .when()
                .get(BASE + "/children/" + child)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(councilStaff("nosy-sw", "social-worker", OTHER_COUNCIL))
                .when()
                .get(BASE + "/children/" + child)
                .then()
                .statusCode(404);

        String auditor = councilStaff("ws-auditor", "auditor", COUNCIL);
        given().auth()
                .oauth2(auditor)
                .when()
                .get(BASE + "/audit/children/" + child)
                .then()
                .statusCode(200)
                .body("totalItems", is(4))
                .body("items.action", contains("CREATE", "READ", "READ", "READ"))
                .body("items.outcome", contains("ALLOWED", "ALLOWED", "DENIED", "ALLOWED"))
                .body("items[1].username", equalTo("reader-sw"))
                .body("items[2].organisation", equalTo(OTHER_COUNCIL))
                .body("items[3].recordType", equalTo("child-access-log"));
        given().auth()
                .oauth2(councilStaff("ws-admin", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/audit/children/" + child)
                .then()
                .statusCode(200)
                .body("items.username", hasItem("ws-auditor"));
    }

    @Test
    void another_councils_auditor_is_told_the_child_does_not_exist_and_other_roles_are_refused() {
        String child = familyWithChild(COUNCIL)[1];
        given().auth()
                .oauth2(councilStaff("ox-auditor", "auditor", OTHER_COUNCIL))
                .when()
                .get(BASE + "/audit/children/" + child)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", COUNCIL))
                .when()
                .get(BASE + "/audit/children/" + child)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("an", "analyst", COUNCIL))
                .when()
                .get(BASE + "/audit/verification")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("ws-auditor", "auditor", COUNCIL))
                .when()
                .get(BASE + "/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", is(true));
    }
}
