package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class FamilyStarResourceTest {

    /** A council of its own, so its cohort holds only this class's parents. */
    static final String STAR_COUNCIL = "E08000002";

    static String scores(int score, int safety) {
        return """
                {"PHYSICAL_HEALTH": %1$d, "WELL_BEING": %1$d, "MEETING_EMOTIONAL_NEEDS": %1$d, "KEEPING_CHILDREN_SAFE": %2$d,
                 "SOCIAL_NETWORKS": %1$d, "EDUCATION_AND_LEARNING": %1$d, "BOUNDARIES_AND_BEHAVIOUR": %1$d,
                 "FAMILY_ROUTINE": %1$d, "HOME_AND_MONEY": %1$d, "PROGRESS_TO_WORK": %1$d}""".formatted(score, safety);
    }

    static String parent(String council) {
        String sw = socialWorker(council);
        String family = openFamily(sw, unique("Star") + " family");
        return given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Jordan\", \"familyName\": \"Starling\"}")
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static void read(String council, String adult, String stage, String date, String scores, int status) {
        given().auth()
                .oauth2(socialWorker(council))
                .contentType(ContentType.JSON)
                .body("{\"stage\": \"%s\", \"readingDate\": \"%s\", \"scores\": %s}".formatted(stage, date, scores))
                .when()
                .post(BASE + "/adults/" + adult + "/family-star")
                .then()
                .statusCode(status);
    }

    @Test
    void a_parents_distance_travelled_is_shown_per_area() {
        String adult = parent(COUNCIL);
        read(COUNCIL, adult, "START", "2025-01-10", scores(3, 2), 201);
        read(COUNCIL, adult, "REVIEW", "2025-03-10", scores(4, 4), 422);
        read(COUNCIL, adult, "REVIEW", "2025-04-10", scores(5, 6), 201);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/family-star")
                .then()
                .statusCode(200)
                .body("readings", hasSize(2))
                .body("distanceTravelled.KEEPING_CHILDREN_SAFE", equalTo(4))
                .body("distanceTravelled.WELL_BEING", equalTo(2));
    }

    @Test
    void scores_outside_1_to_10_or_missing_areas_are_refused() {
        String adult = parent(COUNCIL);
        read(COUNCIL, adult, "START", "2025-01-10", scores(11, 2), 400);
        read(COUNCIL, adult, "START", "2025-01-10", "{\"WELL_BEING\": 3}", 400);
        read(COUNCIL, adult, "START", "2025-01-10", "{\"SPARKLE\": 3}", 400);
    }

    @Test
    void cohort_averages_compare_start_with_latest_and_small_cohorts_are_hidden_from_analysts() {
        for (int i = 0; i < 2; i++) {
            String adult = parent(STAR_COUNCIL);
            read(STAR_COUNCIL, adult, "START", "2024-02-01", scores(3, 2), 201);
            read(STAR_COUNCIL, adult, "CLOSURE", "2024-08-01", scores(6, 5 + i), 201);
        }
        read(STAR_COUNCIL, parent(STAR_COUNCIL), "START", "2024-02-01", scores(1, 1), 201); // no later reading yet
        String analyst = councilStaff("analyst", "analyst", STAR_COUNCIL);
        given().auth()
                .oauth2(analyst)
                .queryParam("from", "2023-04-01")
                .queryParam("to", "2024-03-31")
                .when()
                .get(BASE + "/family-star/cohort")
                .then()
                .statusCode(200)
                .body("suppressed", equalTo(true))
                .body("areas", empty());
        // analysts get whole periods only: a window of their own choosing could be differenced
        given().auth()
                .oauth2(analyst)
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get(BASE + "/family-star/cohort")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", STAR_COUNCIL))
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get(BASE + "/family-star/cohort")
                .then()
                .statusCode(200)
                .body("parents", equalTo(2))
                .body("areas", hasSize(10))
                .body("areas.find { it.area == 'KEEPING_CHILDREN_SAFE' }.atStart", equalTo(2.0f))
                .body("areas.find { it.area == 'KEEPING_CHILDREN_SAFE' }.atLatest", equalTo(5.5f));
        for (int i = 0; i < 4; i++) {
            String adult = parent(STAR_COUNCIL);
            read(STAR_COUNCIL, adult, "START", "2024-03-01", scores(3, 2), 201);
            read(STAR_COUNCIL, adult, "REVIEW", "2024-06-01", scores(5, 5), 201);
        }
        given().auth()
                .oauth2(analyst)
                .queryParam("from", "2023-04-01")
                .queryParam("to", "2024-03-31")
                .when()
                .get(BASE + "/family-star/cohort")
                .then()
                .statusCode(200)
                .body("suppressed", equalTo(false))
                .body("parents", equalTo(6));
        // the year's 6 less March's 4 would be February's 2: both months are held back
        for (String[] month : new String[][] {{"2024-02-01", "2024-02-29"}, {"2024-03-01", "2024-03-31"}}) {
            given().auth()
                    .oauth2(analyst)
                    .queryParam("from", month[0])
                    .queryParam("to", month[1])
                    .when()
                    .get(BASE + "/family-star/cohort")
                    .then()
                    .statusCode(200)
                    .body("suppressed", equalTo(true));
        }
    }

    @Test
    void another_councils_parent_is_not_found_and_analysts_see_no_parent() {
        String adult = parent(OTHER_COUNCIL);
        read(COUNCIL, adult, "START", "2025-01-10", scores(3, 2), 404);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/family-star")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("a", "analyst", OTHER_COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/family-star")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get(BASE + "/family-star/cohort")
                .then()
                .statusCode(403);
        given().when().get(BASE + "/family-star/cohort").then().statusCode(401);
    }
}
