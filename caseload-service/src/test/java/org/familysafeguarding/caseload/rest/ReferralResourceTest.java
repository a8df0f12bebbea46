package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ReferralResourceTest {

    static String refer(String token, String child, LocalDate date, int status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"referralDate\": \"%s\", \"source\": \"6\", \"primaryNeed\": \"N1\"}".formatted(date))
                .when()
                .post(BASE + "/children/" + child + "/referrals")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    @Test
    void a_second_referral_within_12_months_is_flagged_as_a_re_referral() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        LocalDate first = LocalDate.of(2022, 1, 10);
        refer(sw, child, first, 201);
        String second = refer(sw, child, first.plusDays(364), 201);
        String third = refer(sw, child, first.plusDays(364 + 366), 201);
        given().auth()
                .oauth2(councilStaff("admin", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/children/" + child + "/referrals")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", contains(equalTo(third), equalTo(second), notNullValue()))
                .body("items.reReferral", contains(false, true, false));
    }

    @Test
    void an_outcome_is_recorded_once() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        String referral = refer(sw, child, LocalDate.now().minusDays(3), 201);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"ASSESSMENT\"}")
                .when()
                .put(BASE + "/referrals/" + referral + "/outcome")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("ASSESSMENT"));
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"NO_FURTHER_ACTION\"}")
                .when()
                .put(BASE + "/referrals/" + referral + "/outcome")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"MAYBE\"}")
                .when()
                .put(BASE + "/referrals/" + referral + "/outcome")
                .then()
                .statusCode(400);
    }

    @Test
    void refuses_invalid_codes_a_future_date_and_a_second_referral_on_the_same_day() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"referralDate\": \"2025-01-01\", \"source\": \"99\", \"primaryNeed\": \"N10\"}")
                .when()
                .post(BASE + "/children/" + child + "/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("source", "primaryNeed"));
        refer(sw, child, LocalDate.now().plusDays(1), 422);
        refer(sw, child, LocalDate.now().minusDays(10), 201);
        refer(sw, child, LocalDate.now().minusDays(10), 422);
    }

    @Test
    void another_councils_child_and_referral_are_not_found_and_other_roles_are_refused() {
        String child = familyWithChild(OTHER_COUNCIL)[1];
        String referral =
                refer(socialWorker(OTHER_COUNCIL), child, LocalDate.now().minusDays(1), 201);
        refer(socialWorker(COUNCIL), child, LocalDate.now().minusDays(2), 404);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/referrals/" + referral)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/children/" + child + "/referrals")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("a", "analyst", OTHER_COUNCIL))
                .when()
                .get(BASE + "/referrals/" + referral)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("a", "partnership-admin", OTHER_COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"ASSESSMENT\"}")
                .when()
                .put(BASE + "/referrals/" + referral + "/outcome")
                .then()
                .statusCode(403);
        given().when().get(BASE + "/referrals/" + referral).then().statusCode(401);
    }
}
