package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.allocateAdult;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.teamManager;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AllocationResourceTest {

    @Inject
    Partnership partnership;

    @Test
    void a_team_manager_allocates_a_family_to_a_team_and_its_lead_social_worker() {
        var world = new AllocationFixtures(partnership);
        String id = world.allocateFamily()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("specialism", equalTo("LEAD_SOCIAL_WORK"))
                .body("teamId", equalTo(world.team.toString()))
                .body("practitionerId", equalTo(world.lead.toString()))
                .body("open", equalTo(true))
                .body("from", equalTo(LocalDate.now().toString()))
                .extract()
                .path("id");

        given().auth()
                .oauth2(world.leadToken())
                .when()
                .get(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(200)
                .body("id", contains(id));
        given().auth()
                .oauth2(world.leadToken())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/already-allocated"));
    }

    @Test
    void once_allocated_a_family_is_seen_by_its_teams_staff_and_no_longer_by_other_teams() {
        var world = new AllocationFixtures(partnership);
        String outsiderLogin = unique("sw-");
        UUID otherTeam = partnership.team(COUNCIL, Partnership.LIMITS);
        partnership.practitioner(world.councilStaff, "SOCIAL_WORKER", outsiderLogin, otherTeam, COUNCIL);
        String outsider = councilStaff(outsiderLogin, "social-worker", COUNCIL);
        String surname = given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/families/" + world.familyId)
                .then()
                .statusCode(200)
                .extract()
                .path("name");

        world.allocateFamily().statusCode(201);

        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/families/" + world.familyId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/children/" + world.childId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider)
                .queryParam("q", surname)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        String familyName = surname.replace(" family", "");
        given().auth()
                .oauth2(outsider)
                .queryParam("surname", familyName)
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(world.leadToken())
                .queryParam("surname", familyName)
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().auth()
                .oauth2(world.leadToken())
                .when()
                .get(BASE + "/families/" + world.familyId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.leadToken())
                .queryParam("q", surname)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/families/" + world.familyId)
                .then()
                .statusCode(200);
    }

    @Test
    void an_adult_is_allocated_to_a_practitioner_of_a_commissioned_agency_under_an_information_sharing_agreement() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE")
                .statusCode(201)
                .body("adultId", equalTo(world.adultId))
                .body("agencyId", equalTo(su[0].toString()))
                .body("teamId", equalTo(world.team.toString()));
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE")
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/already-allocated"));
    }

    @Test
    void an_agency_not_commissioned_for_the_service_in_the_council_is_refused() {
        var world = new AllocationFixtures(partnership);
        UUID agency = partnership.commissionedAgency(COUNCIL, "DOMESTIC_ABUSE_PERPETRATOR_WORK");
        UUID practitioner =
                partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", unique("p-"), world.team, COUNCIL);
        refused(allocateAdult(world.adultId, practitioner, "SUBSTANCE_USE"), "not-commissioned");

        UUID elsewhere = partnership.commissionedAgency(OTHER_COUNCIL, "SUBSTANCE_USE");
        partnership.sharingAgreement(elsewhere, COUNCIL);
        UUID other = partnership.practitioner(
                elsewhere, "ADULT_PRACTITIONER_SUBSTANCE_USE", unique("p-"), world.team, COUNCIL);
        refused(allocateAdult(world.adultId, other, "SUBSTANCE_USE"), "not-commissioned");
    }

    @Test
    void an_agency_without_a_live_information_sharing_agreement_in_the_council_is_refused() {
        var world = new AllocationFixtures(partnership);
        UUID agency = partnership.agency("NHS_TRUST");
        partnership.commission(agency, COUNCIL, "MENTAL_HEALTH");
        partnership.sharingAgreement(agency, OTHER_COUNCIL);
        UUID practitioner =
                partnership.practitioner(agency, "MENTAL_HEALTH_PRACTITIONER", unique("p-"), world.team, COUNCIL);
        refused(allocateAdult(world.adultId, practitioner, "MENTAL_HEALTH"), "no-information-sharing-agreement");
    }

    @Test
    void the_councils_in_house_staff_need_neither_contract_nor_agreement() {
        var world = new AllocationFixtures(partnership);
        UUID inHouse = partnership.inHouseAgency(COUNCIL);
        UUID practitioner =
                partnership.practitioner(inHouse, "MENTAL_HEALTH_PRACTITIONER", unique("p-"), world.team, COUNCIL);
        allocateAdult(world.adultId, practitioner, "MENTAL_HEALTH").statusCode(201);
    }

    @Test
    void a_practitioner_whose_role_does_not_match_the_specialism_is_refused() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        refused(allocateAdult(world.adultId, (UUID) su[1], "DOMESTIC_ABUSE_PERPETRATOR"), "role-does-not-match");
    }

    @Test
    void a_practitioner_not_in_post_or_not_in_a_team_of_the_council_is_refused() {
        var world = new AllocationFixtures(partnership);
        UUID agency = partnership.commissionedAgency(COUNCIL, "SUBSTANCE_USE");
        UUID gone = partnership.practitioner(
                agency,
                "ADULT_PRACTITIONER_SUBSTANCE_USE",
                BigDecimal.ONE,
                Partnership.LONG_AGO,
                LocalDate.now().minusDays(1),
                unique("p-"),
                world.team,
                COUNCIL);
        refused(allocateAdult(world.adultId, gone, "SUBSTANCE_USE"), "practitioner-not-active");

        UUID teamless =
                partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", unique("p-"), null, COUNCIL);
        refused(allocateAdult(world.adultId, teamless, "SUBSTANCE_USE"), "not-in-team");

        UUID left =
                partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", unique("p-"), world.team, COUNCIL);
        partnership.leaves(left, world.team, COUNCIL, LocalDate.now().minusDays(1));
        refused(allocateAdult(world.adultId, left, "SUBSTANCE_USE"), "not-in-team");

        refused(allocateAdult(world.adultId, UUID.randomUUID(), "SUBSTANCE_USE"), "unknown-practitioner");
    }

    @Test
    void a_practitioner_at_the_teams_caseload_limit_scaled_by_fte_is_refused() {
        var world = new AllocationFixtures(partnership);
        UUID smallTeam = partnership.team(COUNCIL, Map.of("ADULT_PRACTITIONER_SUBSTANCE_USE", 3));
        UUID agency = partnership.commissionedAgency(COUNCIL, "SUBSTANCE_USE");
        // 3 at full time; at 0.7 FTE, 2.1 rounds down to 2
        UUID partTime = partnership.practitioner(
                agency,
                "ADULT_PRACTITIONER_SUBSTANCE_USE",
                new BigDecimal("0.70"),
                Partnership.LONG_AGO,
                null,
                unique("p-"),
                smallTeam,
                COUNCIL);
        String second = AllocationFixtures.recordAdult(world.familyId, world.childId);
        String third = AllocationFixtures.recordAdult(world.familyId, world.childId);
        allocateAdult(world.adultId, partTime, "SUBSTANCE_USE").statusCode(201);
        String ending = allocateAdult(second, partTime, "SUBSTANCE_USE")
                .statusCode(201)
                .extract()
                .path("id");
        refused(allocateAdult(third, partTime, "SUBSTANCE_USE"), "caseload-limit-reached");

        // an ended allocation no longer counts
        given().auth()
                .oauth2(teamManager())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Work completed\"}")
                .when()
                .post(BASE + "/allocations/" + ending + "/ending")
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("to", equalTo(LocalDate.now().toString()));
        allocateAdult(third, partTime, "SUBSTANCE_USE").statusCode(201);
    }

    @Test
    void lead_social_work_is_for_a_social_worker_of_the_team() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, su[1]))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/role-does-not-match"));
        UUID otherTeam = partnership.team(COUNCIL, Partnership.LIMITS);
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(otherTeam, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/not-in-team"));
        UUID elsewhere = partnership.team(OTHER_COUNCIL, Partnership.LIMITS);
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(elsewhere, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/unknown-team"));
    }

    @Test
    void reallocation_ends_the_old_allocation_with_its_reason_and_keeps_it_as_history() {
        var world = new AllocationFixtures(partnership);
        Object[] first = world.substanceUsePractitioner();
        Object[] second = world.substanceUsePractitioner();
        String old = allocateAdult(world.adultId, (UUID) first[1], "SUBSTANCE_USE")
                .statusCode(201)
                .extract()
                .path("id");
        String body =
                "{\"practitionerId\": \"%s\", \"reason\": \"Practitioner on long-term leave\"}".formatted(second[1]);

        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/allocations/" + old + "/reallocation")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(teamManager())
                .header("If-Match", "\"7\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/allocations/" + old + "/reallocation")
                .then()
                .statusCode(412);
        String successor = given().auth()
                .oauth2(teamManager())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/allocations/" + old + "/reallocation")
                .then()
                .statusCode(201)
                .body("practitionerId", equalTo(second[1].toString()))
                .body("open", equalTo(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(teamManager())
                .when()
                .get(BASE + "/allocations/" + old)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("open", equalTo(false))
                .body("replacedBy", equalTo(successor))
                .body("endReason", equalTo("Practitioner on long-term leave"));
        given().auth()
                .oauth2(teamManager())
                .when()
                .get(BASE + "/adults/" + world.adultId + "/allocations")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(teamManager())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/allocations/" + old + "/reallocation")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/allocation-already-ended"));
    }

    @Test
    void a_social_worker_allocates_only_within_their_own_team() {
        var world = new AllocationFixtures(partnership);
        String stranger = unique("sw-");
        UUID otherTeam = partnership.team(COUNCIL, Partnership.LIMITS);
        partnership.practitioner(world.councilStaff, "SOCIAL_WORKER", stranger, otherTeam, COUNCIL);
        given().auth()
                .oauth2(councilStaff(stranger, "social-worker", COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://familysafeguarding.org/problems/not-a-member-of-the-team"));
        given().auth()
                .oauth2(world.leadToken())
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(201)
                .body("allocatedBy", equalTo(world.leadLogin));
    }

    @Test
    void another_councils_staff_and_other_roles_cannot_allocate() {
        var world = new AllocationFixtures(partnership);
        given().auth()
                .oauth2(councilStaff("tm-x", "team-manager", OTHER_COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(world.team, world.lead))
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(BASE + "/families/" + world.familyId + "/allocations")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(teamManager())
                .contentType(ContentType.JSON)
                .body("{\"specialism\": \"ASTROLOGY\"}")
                .when()
                .post(BASE + "/adults/" + world.adultId + "/allocations")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(teamManager())
                .when()
                .get(BASE + "/allocations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://familysafeguarding.org/problems/allocation-not-found"));
    }

    private static void refused(io.restassured.response.ValidatableResponse response, String rule) {
        response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://familysafeguarding.org/problems/" + rule));
    }
}
