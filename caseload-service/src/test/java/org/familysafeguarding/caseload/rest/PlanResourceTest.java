package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PlanResourceTest {

    static String start(String token, String child, String body, int status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/children/" + child + "/plans")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    static void close(String token, String plan, String endDate, int status) {
        close(token, plan, endDate, null, status);
    }

    /** @param reason a looked-after episode's SSDA903 reason episode ceased; other plans end without one */
    static void close(String token, String plan, String endDate, String reason, int status) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"endDate\": \"" + endDate + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                        + "}")
                .when()
                .post(BASE + "/plans/" + plan + "/closure")
                .then()
                .statusCode(status);
    }

    @Test
    void a_second_child_protection_plan_is_flagged_and_categories_are_kept() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        String first = start(
                sw,
                child,
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2023-02-01\", \"categoryOfAbuse\": \"NEG\"}",
                201);
        close(sw, first, "2024-01-10", 200);
        String second = start(
                sw,
                child,
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"2025-06-01\", \"categoryOfAbuse\": \"PHY\"}",
                201);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"latestCategory\": \"EMO\"}")
                .when()
                .put(BASE + "/plans/" + second + "/category")
                .then()
                .statusCode(200)
                .body("initialCategory", equalTo("PHY"))
                .body("latestCategory", equalTo("EMO"))
                .body("secondOrLater", equalTo(true));
        given().auth()
                .oauth2(councilStaff("admin", "partnership-admin", COUNCIL))
                .queryParam("kind", "CHILD_PROTECTION")
                .when()
                .get(BASE + "/children/" + child + "/plans")
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first))
                .body("items.closureReason", contains(null, null));
    }

    @Test
    void impossible_timelines_are_refused() {
        String child = familyWithChild(COUNCIL)[1];
        String sw = socialWorker(COUNCIL);
        String episode = start(
                sw, child, "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-01-06\", \"legalStatus\": \"C1\"}", 201);
        start(sw, child, "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"2025-03-01\", \"legalStatus\": \"C2\"}", 422);
        start(sw, child, "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-03-01\"}", 201);
        close(sw, episode, "2025-01-05", "E8", 422);
        close(sw, episode, "2025-05-01", "RC7", 400); // a CIN reason is not an SSDA903 one
        close(sw, episode, "2025-05-01", "E8", 200);
        close(sw, episode, "2025-06-01", "E8", 422);
    }

    @Test
    void invalid_codes_and_kinds_are_listed_as_field_errors() {
        String child = familyWithChild(COUNCIL)[1];
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"CHILD_PROTECTION\", \"categoryOfAbuse\": \"BAD\", \"legalStatus\": \"Q9\"}")
                .when()
                .post(BASE + "/children/" + child + "/plans")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("startDate", "categoryOfAbuse", "legalStatus"));
        start(socialWorker(COUNCIL), child, "{\"kind\": \"HOLIDAY\", \"startDate\": \"2025-01-06\"}", 400);
    }

    @Test
    void another_councils_plans_are_not_found_and_other_roles_refused() {
        String child = familyWithChild(OTHER_COUNCIL)[1];
        String plan = start(
                socialWorker(OTHER_COUNCIL),
                child,
                "{\"kind\": \"PRE_PROCEEDINGS\", \"startDate\": \"2025-01-06\"}",
                201);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/plans/" + plan)
                .then()
                .statusCode(404);
        close(socialWorker(COUNCIL), plan, "2025-02-01", 404);
        start(socialWorker(COUNCIL), child, "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2025-01-06\"}", 404);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", OTHER_COUNCIL))
                .when()
                .get(BASE + "/plans/" + plan)
                .then()
                .statusCode(403);
        close(councilStaff("a", "partnership-admin", OTHER_COUNCIL), plan, "2025-02-01", 403);
        given().when().get(BASE + "/plans/" + plan).then().statusCode(401);
    }
}
