package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class GroupSupervisionResourceTest {

    static final String MANAGER_LOGIN = "tm-riverside";

    @Inject
    EntityManager em;

    UUID team;
    UUID otherTeam;
    UUID socialWorker;
    UUID daWorker;
    UUID daAgency;

    @Inject
    org.familysafeguarding.caseload.support.Partnership partnership;

    String daLogin;

    String managerLogin;
    String memberLogin;
    String outsiderLogin;

    /**
     * Teams as partners-service's events leave them in the read model: one here with its manager and
     * a social worker in it, another team of the same council with its own social worker, and a team
     * of another council.
     */
    @BeforeEach
    void teams_are_known_from_partners_service() {
        team = UUID.randomUUID();
        otherTeam = UUID.randomUUID();
        UUID neighbourTeam = UUID.randomUUID();
        UUID manager = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        socialWorker = member;
        UUID inHouse = UUID.randomUUID();
        daAgency = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        daWorker = UUID.randomUUID();
        daLogin = "da-" + daWorker;
        managerLogin = MANAGER_LOGIN + "-" + manager;
        memberLogin = "sw-member-" + member;
        outsiderLogin = "sw-outsider-" + outsider;
        QuarkusTransaction.requiringNew().run(() -> {
            // the council's social workers are its in-house team; the domestic-abuse worker a partner agency's
            em.createNativeQuery("""
                    insert into partner_agency (id, name, kind, council_code, registered_at, updated_at)
                    values (:inHouse, 'Children''s Services', 'IN_HOUSE', :council, now(), now()),
                           (:da, 'Refuge Partners', 'CHARITY', null, now(), now())""")
                    .setParameter("inHouse", inHouse)
                    .setParameter("council", COUNCIL)
                    .setParameter("da", daAgency)
                    .executeUpdate();
            for (Object[] p : new Object[][] {
                {manager, "TEAM_MANAGER", managerLogin, inHouse},
                {member, "SOCIAL_WORKER", memberLogin, inHouse},
                {outsider, "SOCIAL_WORKER", outsiderLogin, inHouse},
                {daWorker, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", daLogin, daAgency}
            }) {
                em.createNativeQuery("""
                        insert into practitioner (id, agency_id, role, fte, start_date, login, updated_at)
                        values (:id, :agency, :role, 1.0, date '2024-01-01', :login, now())""")
                        .setParameter("id", p[0])
                        .setParameter("agency", p[3])
                        .setParameter("role", p[1])
                        .setParameter("login", p[2])
                        .executeUpdate();
            }
            em.createNativeQuery("""
                    insert into team (id, council_code, manager_practitioner_id, formed_on, updated_at)
                    values (:team, :council, :manager, date '2024-01-01', now()),
                           (:neighbour, :council, null, date '2024-01-01', now()),
                           (:other, :otherCouncil, null, date '2024-01-01', now())""")
                    .setParameter("team", team)
                    .setParameter("council", COUNCIL)
                    .setParameter("manager", manager)
                    .setParameter("neighbour", neighbourTeam)
                    .setParameter("other", otherTeam)
                    .setParameter("otherCouncil", OTHER_COUNCIL)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into team_membership (team_id, practitioner_id, council_code, joined_on, updated_at)
                    values (:team, :member, :council, date '2024-01-01', now()),
                           (:team, :da, :council, date '2024-01-01', now()),
                           (:neighbour, :outsider, :council, date '2024-01-01', now())""")
                    .setParameter("team", team)
                    .setParameter("member", member)
                    .setParameter("council", COUNCIL)
                    .setParameter("da", daWorker)
                    .setParameter("neighbour", neighbourTeam)
                    .setParameter("outsider", outsider)
                    .executeUpdate();
        });
    }

    /** A social worker in the team. */
    String member() {
        return councilStaff(memberLogin, "social-worker", COUNCIL);
    }

    String session(UUID teamId, String family, String firstDue) {
        return """
                {"teamId": "%s", "sessionDate": "2026-01-10",
                 "attendees": [{"practitionerId": "%s", "discipline": "SOCIAL_WORK"},
                               {"practitionerId": "%s", "discipline": "DOMESTIC_ABUSE"}],
                 "families": [{"familyId": "%s", "riskRating": "HIGH", "decision": "Stay on the plan; review in 4 weeks"}],
                 "actions": [{"familyId": "%4$s", "description": "Safety plan with mother", "ownerId": "%3$s", "dueDate": "%5$s"},
                             {"familyId": "%4$s", "description": "Core group", "ownerId": "%2$s", "dueDate": "2099-01-01"}]}""".formatted(teamId, socialWorker, daWorker, family, firstDue);
    }

    @Test
    void a_session_is_recorded_agreed_by_the_teams_manager_and_its_late_actions_show_as_overdue() {
        String family = familyWithChild(COUNCIL)[0];
        String sw = member();
        var created = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-01-20"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(201)
                .body("attendeesByDiscipline.SOCIAL_WORK", equalTo(1))
                .body("attendeesByDiscipline.DOMESTIC_ABUSE", equalTo(1))
                .body("families[0].riskRating", equalTo("HIGH"))
                .body("actions.find { it.description == 'Safety plan with mother' }.overdue", equalTo(true))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        String lateAction = created.path("actions.find { it.description == 'Safety plan with mother' }.id");

        given().auth()
                .oauth2(sw)
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions/actions/overdue")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(lateAction))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(sw)
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        partnership.sharingAgreement(daAgency, COUNCIL);
        String daToken = org.familysafeguarding.platform.testing.TestTokens.agencyStaff(
                daLogin, "practitioner", daAgency.toString());
        given().auth()
                .oauth2(daToken)
                .when()
                .get(BASE + "/group-supervisions/actions/mine")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(lateAction))
                .body("items[0].overdue", equalTo(true));
        given().auth()
                .oauth2(daToken)
                .when()
                .get(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(403);
        // the member owns the other action: theirs alone, not the domestic-abuse worker's
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/group-supervisions/actions/mine")
                .then()
                .statusCode(200)
                .body("items.description", org.hamcrest.Matchers.contains("Core group"));

        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"status\": \"DONE\"}")
                .when()
                .put(BASE + "/group-supervisions/" + id + "/actions/" + lateAction + "/status")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(sw)
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff(memberLogin, "team-manager", COUNCIL))
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("not-the-teams-manager"));
        given().auth()
                .oauth2(councilStaff("tm-elsewhere", "team-manager", COUNCIL))
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(404);
        String tm = councilStaff(managerLogin, "team-manager", COUNCIL);
        given().auth()
                .oauth2(tm)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(428);
        String agreed = given().auth()
                .oauth2(tm)
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(200)
                .body("agreedBy", equalTo(managerLogin))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(tm)
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(tm)
                .header("If-Match", agreed)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(422);

        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"status\": \"DONE\"}")
                .when()
                .put(BASE + "/group-supervisions/" + id + "/actions/" + lateAction + "/status")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"status\": \"DONE\"}")
                .when()
                .put(BASE + "/group-supervisions/" + id + "/actions/" + lateAction + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("overdue", equalTo(false));
        given().auth()
                .oauth2(sw)
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions/actions/overdue")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(lateAction)));
    }

    @Test
    void a_session_is_corrected_until_it_is_agreed_and_its_actions_are_replaced() {
        String family = familyWithChild(COUNCIL)[0];
        String sw = member();
        var created = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-01-20"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String corrected =
                session(team, family, "2026-03-01").replace("Safety plan with mother", "Safety plan with both parents");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(corrected)
                .when()
                .put(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(428);
        String etag = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(corrected)
                .when()
                .put(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(200)
                .body("actions.description", hasItem("Safety plan with both parents"))
                .body("actions.description", not(hasItem("Safety plan with mother")))
                .body("actions.size()", equalTo(2))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(session(otherTeam, family, "2026-03-01"))
                .when()
                .put(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(422);
        String agreed = given().auth()
                .oauth2(councilStaff(managerLogin, "team-manager", COUNCIL))
                .header("If-Match", etag)
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .header("If-Match", agreed)
                .body(corrected)
                .when()
                .put(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(422);
    }

    @Test
    void actions_must_be_for_families_discussed_and_not_due_before_the_session() {
        String family = familyWithChild(COUNCIL)[0];
        String sw = member();
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-01-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(422);
        String other = familyWithChild(COUNCIL)[0];
        String body = session(team, family, "2026-02-01")
                .replaceFirst(
                        "\"familyId\": \"" + family + "\", \"description\"",
                        "\"familyId\": \"" + other + "\", \"description\"");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"attendees\": []}")
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("teamId", "sessionDate", "attendees", "families"));
    }

    @Test
    void other_councils_sessions_teams_and_families_are_not_found_and_analysts_are_refused() {
        String family = familyWithChild(COUNCIL)[0];
        String id = given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .when()
                .get(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        String outsider = councilStaff(outsiderLogin, "social-worker", COUNCIL);
        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider)
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/group-supervisions/actions/overdue")
                .then()
                .statusCode(200)
                .body("items.sessionId", not(hasItem(id)));
        given().auth()
                .oauth2(outsider)
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(session(otherTeam, family, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(session(UUID.randomUUID(), family, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(404);
        String foreignFamily = familyWithChild(OTHER_COUNCIL)[0];
        given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(session(team, foreignFamily, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("analyst", "analyst", COUNCIL))
                .when()
                .get(BASE + "/group-supervisions/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("analyst", "analyst", COUNCIL))
                .when()
                .get(BASE + "/group-supervisions/actions/overdue")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .contentType(ContentType.JSON)
                .body(session(team, family, "2026-02-01"))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(403);
        given().when().get(BASE + "/group-supervisions/" + id).then().statusCode(401);
    }

    @Test
    void an_action_cannot_be_given_to_someone_outside_the_team_and_the_family() {
        String family = familyWithChild(COUNCIL)[0];
        UUID stranger = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                insert into practitioner (id, agency_id, role, fte, start_date, login, updated_at)
                values (:id, :agency, 'ADULT_PRACTITIONER_SUBSTANCE_USE', 1.0, date '2024-01-01', :login, now())""")
                        .setParameter("id", stranger)
                        .setParameter("agency", UUID.randomUUID())
                        .setParameter("login", "tp-" + stranger)
                        .executeUpdate());
        String withStrangerAsOwner = session(team, family, "2026-01-20")
                .replace("\"ownerId\": \"" + daWorker + "\"", "\"ownerId\": \"" + stranger + "\"");
        given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(withStrangerAsOwner)
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/not-in-team-or-family"));
        String withStrangerAttending = session(team, family, "2026-01-20")
                .replace("{\"practitionerId\": \"" + daWorker + "\"", "{\"practitionerId\": \"" + stranger + "\"");
        given().auth()
                .oauth2(member())
                .contentType(ContentType.JSON)
                .body(withStrangerAttending)
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(member())
                .queryParam("teamId", team.toString())
                .when()
                .get(BASE + "/group-supervisions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
