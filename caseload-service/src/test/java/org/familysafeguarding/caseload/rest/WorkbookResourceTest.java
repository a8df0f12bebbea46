package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class WorkbookResourceTest {

    /** A council of its own, so its programme can change without touching other tests. */
    static final String WORKBOOK_COUNCIL = "E06000049";

    @Inject
    AuditTrail audit;

    @Inject
    Partnership partnership;

    static String parent(String council) {
        String sw = socialWorker(council);
        String family = openFamily(sw, unique("Workbook") + " family");
        return given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Morgan\", \"familyName\": \"Quill\"}")
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static void entry(String token, String adult, String module, String date, String status, int expected) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(
                        "{\"moduleCode\": \"%s\", \"entryDate\": \"%s\", \"status\": \"%s\", \"note\": \"Session at home\"}"
                                .formatted(module, date, status))
                .when()
                .post(BASE + "/adults/" + adult + "/workbook/entries")
                .then()
                .statusCode(expected);
    }

    @Test
    void a_parents_modules_show_their_status_and_progress_against_the_default_programme() {
        String adult = parent(COUNCIL);
        String sw = socialWorker(COUNCIL);
        entry(sw, adult, "MOTIVATION", "2026-01-05", "IN_PROGRESS", 201);
        entry(sw, adult, "MOTIVATION", "2026-02-02", "COMPLETED", 201);
        entry(sw, adult, "PARENTING", "2026-02-09", "IN_PROGRESS", 201);
        entry(sw, adult, "MOTIVATION", "2026-03-01", "IN_PROGRESS", 422);
        entry(sw, adult, "ASTROLOGY", "2026-03-01", "IN_PROGRESS", 422);
        entry(sw, adult, "PARENTING", "2099-03-01", "IN_PROGRESS", 422);
        entry(sw, adult, "PARENTING", "2026-03-01", "NOT_STARTED", 422);

        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("completed", equalTo(1))
                .body("progress", equalTo("1/9"))
                .body("percentComplete", equalTo(11))
                .body("modules.find { it.code == 'MOTIVATION' }.status", equalTo("COMPLETED"))
                .body("modules.find { it.code == 'MOTIVATION' }.startedOn", equalTo("2026-01-05"))
                .body("modules.find { it.code == 'MOTIVATION' }.completedOn", equalTo("2026-02-02"))
                .body(
                        "modules.find { it.code == 'MOTIVATION' }.entries.entryDate",
                        contains("2026-02-02", "2026-01-05"))
                .body("modules.find { it.code == 'PARENTING' }.status", equalTo("IN_PROGRESS"))
                .body("modules.find { it.code == 'SAFETY_PLAN' }.status", equalTo("NOT_STARTED"));
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void a_manager_sets_the_councils_programme_with_if_match_and_progress_follows_it() {
        String tm = councilStaff("tm", "team-manager", WORKBOOK_COUNCIL);
        String adult = parent(WORKBOOK_COUNCIL);
        entry(socialWorker(WORKBOOK_COUNCIL), adult, "SUBSTANCE_USE", "2026-01-05", "COMPLETED", 201);

        String etag = given().auth()
                .oauth2(tm)
                .when()
                .get(BASE + "/workbook/programme")
                .then()
                .statusCode(200)
                .body("isDefault", equalTo(true))
                .extract()
                .header("ETag");
        String programme = """
                {"modules": [{"code": "ENGAGEMENT", "title": "Getting started"}, {"code": "PARENTING", "title": "Parenting"}]}""";
        given().auth()
                .oauth2(tm)
                .contentType(ContentType.JSON)
                .body(programme)
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(428);
        String changed = given().auth()
                .oauth2(tm)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(programme)
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(200)
                .body("isDefault", equalTo(false))
                .body("modules.code", contains("ENGAGEMENT", "PARENTING"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        given().auth()
                .oauth2(tm)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(programme)
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(tm)
                .contentType(ContentType.JSON)
                .header("If-Match", changed)
                .body("{\"modules\": [{\"code\": \"A1\", \"title\": \"x\"}, {\"code\": \"A1\", \"title\": \"y\"}]}")
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(422);

        given().auth()
                .oauth2(tm)
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(200)
                .body("progress", equalTo("0/2"))
                .body("retired", hasSize(1))
                .body("retired[0].moduleCode", equalTo("SUBSTANCE_USE"));
        // other councils keep the default list
        given().auth()
                .oauth2(councilStaff("tm", "team-manager", COUNCIL))
                .when()
                .get(BASE + "/workbook/programme")
                .then()
                .statusCode(200)
                .body("isDefault", equalTo(true))
                .body("modules", hasSize(9));
    }

    @Test
    void an_allocated_practitioner_keeps_the_parents_workbook_and_others_find_no_such_parent() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        AllocationFixtures.allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE")
                .statusCode(201);
        String token = AllocationFixtures.practitionerToken((String) su[2], (UUID) su[0]);
        entry(token, world.adultId, "SUBSTANCE_USE", "2026-02-01", "IN_PROGRESS", 201);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/workbook")
                .then()
                .statusCode(200)
                .body("modules.find { it.code == 'SUBSTANCE_USE' }.entries[0].recordedBy", equalTo(su[2]));

        Object[] stranger = world.substanceUsePractitioner();
        String strangerToken = AllocationFixtures.practitionerToken((String) stranger[2], (UUID) stranger[0]);
        entry(strangerToken, world.adultId, "SUBSTANCE_USE", "2026-02-02", "IN_PROGRESS", 404);
        given().auth()
                .oauth2(strangerToken)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/workbook")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/workbook/programme")
                .then()
                .statusCode(403);
    }

    @Test
    void bad_programmes_are_refused_field_by_field() {
        String tm = councilStaff("tm", "team-manager", COUNCIL);
        given().auth()
                .oauth2(tm)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"modules\": [{\"code\": \"lower case\", \"title\": \"\"}]}")
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void other_councils_parents_are_not_found_and_other_roles_are_refused() {
        String adult = parent(OTHER_COUNCIL);
        entry(socialWorker(COUNCIL), adult, "MOTIVATION", "2026-01-05", "IN_PROGRESS", 404);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/adults/" + UUID.randomUUID() + "/workbook")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("a", "analyst", OTHER_COUNCIL))
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(403);
        entry(
                councilStaff("pa", "partnership-admin", OTHER_COUNCIL),
                adult,
                "MOTIVATION",
                "2026-01-05",
                "IN_PROGRESS",
                403);
        given().auth()
                .oauth2(agencyStaff("p", "practitioner", UUID.randomUUID().toString()))
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", UUID.randomUUID().toString()))
                .when()
                .get(BASE + "/adults/" + adult + "/workbook")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"modules\": [{\"code\": \"AB\", \"title\": \"x\"}]}")
                .when()
                .put(BASE + "/workbook/programme")
                .then()
                .statusCode(403);
        given().when().get(BASE + "/workbook/programme").then().statusCode(401);
    }
}
