package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AssessmentResourceTest {

    static String manager(String council) {
        return councilStaff("tm-" + council, "team-manager", council);
    }

    static String start(String token, String child, String body, int status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/children/" + child + "/assessments")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    @Test
    void a_manager_authorises_an_assessment_and_its_working_days_are_counted() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        String referral = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(
                        "{\"referralDate\": \"2025-10-30\", \"source\": \"3A\", \"primaryNeed\": \"N1\", \"outcome\": \"ASSESSMENT\"}")
                .when()
                .post(BASE + "/children/" + child + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String assessment =
                start(sw, child, "{\"startDate\": \"2025-11-03\", \"referralId\": \"" + referral + "\"}", 201);
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/assessments/" + assessment)
                .then()
                .statusCode(200)
                .body("withinTimescale", nullValue())
                .body("referralId", equalTo(referral));

        given().auth()
                .oauth2(manager(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2026-01-09\", \"factors\": [\"4B\", \"3B\", \"2B\"]}")
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(200)
                .body("workingDays", equalTo(46))
                .body("withinTimescale", equalTo(false))
                .body("factors", contains("2B", "3B", "4B"));
        given().auth()
                .oauth2(councilStaff("admin", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/children/" + child + "/assessments")
                .then()
                .statusCode(200)
                .body("items.id", contains(assessment));
    }

    @Test
    void only_a_team_manager_authorises_and_bad_factors_are_refused() {
        String child = familyWithChild(COUNCIL)[1];
        String assessment = start(socialWorker(COUNCIL), child, "{\"startDate\": \"2026-03-02\"}", 201);
        String body = "{\"authorisationDate\": \"2026-03-20\", \"factors\": [\"3B\"]}";
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2026-03-20\", \"factors\": [\"3Z\"]}")
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(manager(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2026-03-01\", \"factors\": [\"3B\"]}")
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(422);
    }

    @Test
    void a_referral_of_another_child_is_refused() {
        String sw = socialWorker(COUNCIL);
        String other = familyWithChild(COUNCIL)[1];
        String referral = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"referralDate\": \"2025-10-30\", \"source\": \"6\", \"primaryNeed\": \"N1\"}")
                .when()
                .post(BASE + "/children/" + other + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String child = familyWithChild(COUNCIL)[1];
        start(sw, child, "{\"startDate\": \"2025-11-03\", \"referralId\": \"" + referral + "\"}", 422);
    }

    @Test
    void another_councils_assessment_is_not_found_and_no_token_is_401() {
        String child = familyWithChild(OTHER_COUNCIL)[1];
        String assessment = start(socialWorker(OTHER_COUNCIL), child, "{\"startDate\": \"2026-03-02\"}", 201);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/assessments/" + assessment)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(manager(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"authorisationDate\": \"2026-03-20\", \"factors\": [\"3B\"]}")
                .when()
                .put(BASE + "/assessments/" + assessment + "/authorisation")
                .then()
                .statusCode(404);
        start(socialWorker(COUNCIL), child, "{\"startDate\": \"2026-03-02\"}", 404);
        given().auth()
                .oauth2(councilStaff("a", "analyst", OTHER_COUNCIL))
                .when()
                .get(BASE + "/assessments/" + assessment)
                .then()
                .statusCode(403);
        given().when().get(BASE + "/assessments/" + assessment).then().statusCode(401);
    }
}
