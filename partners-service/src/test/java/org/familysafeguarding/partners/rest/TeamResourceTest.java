package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.familysafeguarding.partners.messaging.EventExamplesAccess;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class TeamResourceTest {

    record Setup(String council, String commissioner, String teamId, String socialWorker, String substanceUse) {}

    static String login() {
        return "t" + UUID.randomUUID().toString().substring(0, 12);
    }

    Setup setUp() {
        var councilSetup = DueDiligenceResourceTest.setUp();
        UUID inHouse = PractitionerResourceTest.newAgency();
        UUID charity = PractitionerResourceTest.newAgency();
        String manager = PractitionerResourceTest.register(inHouse, "TEAM_MANAGER", login());
        String socialWorker = PractitionerResourceTest.register(inHouse, "SOCIAL_WORKER", login());
        String substanceUse = PractitionerResourceTest.register(charity, "ADULT_PRACTITIONER_SUBSTANCE_USE", login());
        String teamId = given().auth()
                .oauth2(councilSetup.commissioner())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "North Locality Team", "managerPractitionerId": "%s", "formedOn": "2026-02-01",
                         "caseloadLimits": {"SOCIAL_WORKER": 18, "ADULT_PRACTITIONER_SUBSTANCE_USE": 14}}""".formatted(manager))
                .when()
                .post("/api/partners/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Setup(councilSetup.council(), councilSetup.commissioner(), teamId, socialWorker, substanceUse);
    }

    void join(Setup s, String practitioner, int expected) {
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"from\": \"2026-02-02\"}".formatted(practitioner))
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members")
                .then()
                .statusCode(expected);
    }

    @Test
    void a_team_brings_members_from_several_agencies_and_shows_which_disciplines_it_lacks() {
        Setup s = setUp();
        join(s, s.socialWorker(), 201);
        join(s, s.substanceUse(), 201);
        join(s, s.substanceUse(), 422);

        given().auth()
                .oauth2(councilStaff("tm", "team-manager", s.council()))
                .when()
                .get("/api/partners/v1/teams/" + s.teamId())
                .then()
                .statusCode(200)
                .body("members", hasSize(2))
                .body("caseloadLimits.SOCIAL_WORKER", equalTo(18));
        given().auth()
                .oauth2(s.commissioner())
                .queryParam("on", "2026-03-01")
                .when()
                .get("/api/partners/v1/teams/" + s.teamId() + "/fidelity")
                .then()
                .statusCode(200)
                .body("fteByDiscipline.SUBSTANCE_USE", equalTo(0.8f))
                .body("lacking", contains("DOMESTIC_ABUSE", "MENTAL_HEALTH"));

        // a year no one could mean is refused before any rule sees it, and changes nothing
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"on\": \"+99999-01-01\"}")
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members/" + s.substanceUse() + "/leave")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("between 1900-01-01 and 2199-12-31"));
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"on\": \"2026-06-30\"}")
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members/" + s.substanceUse() + "/leave")
                .then()
                .statusCode(200)
                .body("to", equalTo("2026-06-30"));
        given().auth()
                .oauth2(s.commissioner())
                .queryParam("on", "2026-07-01")
                .when()
                .get("/api/partners/v1/teams/" + s.teamId() + "/fidelity")
                .then()
                .body("lacking", contains("DOMESTIC_ABUSE", "SUBSTANCE_USE", "MENTAL_HEALTH"));
    }

    @Test
    void another_councils_team_does_not_exist_for_the_caller() {
        Setup s = setUp();
        String elsewhere = councilStaff("c", "commissioner", "E10000025");
        given().auth()
                .oauth2(elsewhere)
                .when()
                .get("/api/partners/v1/teams/" + s.teamId())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(elsewhere)
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"from\": \"2026-02-02\"}".formatted(s.socialWorker()))
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(elsewhere)
                .when()
                .get("/api/partners/v1/teams")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(s.teamId())));
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", s.council()))
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"from\": \"2026-02-02\"}".formatted(s.socialWorker()))
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members")
                .then()
                .statusCode(403);
    }

    @Test
    void a_team_needs_a_team_manager_and_sensible_caseload_limits() {
        var c = DueDiligenceResourceTest.setUp();
        UUID agency = PractitionerResourceTest.newAgency();
        String notAManager = PractitionerResourceTest.register(agency, "SOCIAL_WORKER", login());
        String manager = PractitionerResourceTest.register(agency, "TEAM_MANAGER", login());
        given().auth()
                .oauth2(c.commissioner())
                .contentType(ContentType.JSON)
                .body(
                        "{\"name\": \"T\", \"managerPractitionerId\": \"%s\", \"formedOn\": \"2026-02-01\", \"caseloadLimits\": {}}"
                                .formatted(notAManager))
                .when()
                .post("/api/partners/v1/teams")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(c.commissioner())
                .contentType(ContentType.JSON)
                .body(
                        "{\"name\": \"T\", \"managerPractitionerId\": \"%s\", \"formedOn\": \"2026-02-01\", \"caseloadLimits\": {\"SOCIAL_WORKER\": 0}}"
                                .formatted(manager))
                .when()
                .post("/api/partners/v1/teams")
                .then()
                .statusCode(422);
    }

    @Test
    void team_events_are_shaped_like_their_examples() throws Exception {
        Setup s = setUp();
        join(s, s.socialWorker(), 201);
        given().auth()
                .oauth2(s.commissioner())
                .contentType(ContentType.JSON)
                .body("{\"on\": \"2026-06-30\"}")
                .when()
                .post("/api/partners/v1/teams/" + s.teamId() + "/members/" + s.socialWorker() + "/leave")
                .then()
                .statusCode(200);
        EventExamplesAccess.assertPublishedLikeExample(s.teamId(), "team-formed");
        EventExamplesAccess.assertPublishedLikeExample(s.teamId(), "practitioner-joined-team");
        EventExamplesAccess.assertPublishedLikeExample(s.teamId(), "practitioner-left-team");
    }
}
