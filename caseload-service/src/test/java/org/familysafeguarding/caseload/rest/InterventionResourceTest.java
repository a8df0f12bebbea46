package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.allocateAdult;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.practitionerToken;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class InterventionResourceTest {

    static final String TODAY = LocalDate.now().toString();

    @Inject
    Partnership partnership;

    @Inject
    EntityManager entityManager;

    @Test
    void the_allocated_practitioner_records_a_drug_test_with_its_result() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);

        String id = record(
                        token,
                        world.adultId,
                        "DRUG_TEST",
                        TODAY,
                        "\"testResult\": \"NEGATIVE\", \"notes\": \"Calm, engaged\"")
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("type", equalTo("DRUG_TEST"))
                .body("testResult", equalTo("NEGATIVE"))
                .body("practitionerId", equalTo(su[1].toString()))
                .body("agencyId", equalTo(su[0].toString()))
                .body("notes", equalTo("Calm, engaged"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void an_intervention_is_dated_on_or_after_the_allocation_and_not_in_the_future_and_only_tests_have_results() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);

        refused(
                record(
                        token,
                        world.adultId,
                        "HOME_VISIT",
                        LocalDate.now().plusDays(1).toString(),
                        null),
                "intervention-in-the-future");
        refused(
                record(
                        token,
                        world.adultId,
                        "HOME_VISIT",
                        LocalDate.now().minusDays(1).toString(),
                        null),
                "before-allocation");
        refused(record(token, world.adultId, "ALCOHOL_TEST", TODAY, null), "test-result-required");
        refused(
                record(token, world.adultId, "HOME_VISIT", TODAY, "\"testResult\": \"POSITIVE\""),
                "test-result-not-applicable");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"HOME_VISIT\", \"occurredOn\": \"%s\", \"durationMinutes\": 0}".formatted(TODAY))
                .when()
                .post(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(400);
    }

    @Test
    void only_a_practitioner_allocated_to_the_adult_records_and_others_do_not_see_the_adult() {
        var world = new AllocationFixtures(partnership);
        Object[] allocated = world.substanceUsePractitioner();
        Object[] other = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) allocated[1], "SUBSTANCE_USE").statusCode(201);
        String stranger = practitionerToken((String) other[2], (UUID) other[0]);

        record(stranger, world.adultId, "HOME_VISIT", TODAY, null).statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .get(BASE + "/adults/" + world.adultId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(404);
        // a social worker who sees the family but holds no allocation with the adult cannot record
        record(socialWorker(COUNCIL), world.adultId, "HOME_VISIT", TODAY, null)
                .statusCode(403)
                .body("type", equalTo("https://familysafeguarding.org/problems/not-allocated"));
        // both refusals are audited as denied: the stranger's as absent, the social worker's as not allocated
        assertThat(deniedAttemptsOn(world.adultId))
                .containsExactlyInAnyOrder(
                        "adult:" + other[2], "adult:" + other[2], "adult:" + other[2], "intervention:sw-" + COUNCIL);
    }

    private List<String> deniedAttemptsOn(String recordId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery(
                                "select e.recordType || ':' || e.username from AuditEntry e where e.recordId = :id and e.outcome = 'DENIED'",
                                String.class)
                        .setParameter("id", recordId)
                        .getResultList());
    }

    @Test
    void notes_are_the_recording_agencys_unless_shared() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        UUID daAgency = partnership.commissionedAgency(COUNCIL, "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT");
        String daLogin = unique("da-");
        UUID da = partnership.practitioner(
                daAgency, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", daLogin, world.team, COUNCIL);
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        allocateAdult(world.adultId, da, "DOMESTIC_ABUSE_VICTIM_SURVIVOR").statusCode(201);
        String suToken = practitionerToken((String) su[2], (UUID) su[0]);
        String daToken = practitionerToken(daLogin, daAgency);

        String confidential = record(
                        suToken, world.adultId, "ONE_TO_ONE_SESSION", TODAY, "\"notes\": \"Relapse worries\"")
                .statusCode(201)
                .extract()
                .path("id");
        String shared = record(
                        suToken,
                        world.adultId,
                        "HOME_VISIT",
                        TODAY,
                        "\"notes\": \"Home in good order\", \"notesShared\": true")
                .statusCode(201)
                .extract()
                .path("id");

        // the other agency's practitioner sees shared interventions only
        given().auth()
                .oauth2(daToken)
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(200)
                .body("items.id", contains(shared))
                .body("items[0].notes", equalTo("Home in good order"));
        given().auth()
                .oauth2(daToken)
                .when()
                .get(BASE + "/interventions/" + confidential)
                .then()
                .statusCode(404);
        // council staff see that notes exist, not their text unless shared
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(confidential, shared));
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/interventions/" + confidential)
                .then()
                .statusCode(200)
                .body("hasNotes", equalTo(true))
                .body("notes", nullValue());
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/interventions/" + shared)
                .then()
                .statusCode(200)
                .body("notes", equalTo("Home in good order"));
        given().auth()
                .oauth2(suToken)
                .when()
                .get(BASE + "/interventions/" + confidential)
                .then()
                .statusCode(200)
                .body("notes", equalTo("Relapse worries"));
    }

    @Test
    void the_recorder_voids_an_intervention_entered_in_error_once() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        String id = record(token, world.adultId, "HOME_VISIT", TODAY, null)
                .statusCode(201)
                .extract()
                .path("id");
        String body = "{\"reason\": \"Recorded against the wrong parent\"}";

        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/interventions/" + id + "/voiding")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://familysafeguarding.org/problems/not-the-recorder"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/interventions/" + id + "/voiding")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/interventions/" + id + "/voiding")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("voided", equalTo(true))
                .body("voidReason", equalTo("Recorded against the wrong parent"));
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/interventions/" + id + "/voiding")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/already-voided"));
    }

    @Test
    void the_lead_social_worker_records_a_home_visit_with_any_adult_of_the_family() {
        var world = new AllocationFixtures(partnership);
        world.allocateFamily().statusCode(201);
        String id = record(world.leadToken(), world.adultId, "HOME_VISIT", TODAY, "\"notes\": \"Kitchen repaired\"")
                .statusCode(201)
                .body("practitionerId", equalTo(world.lead.toString()))
                .extract()
                .path("id");
        given().auth()
                .oauth2(world.leadToken())
                .when()
                .get(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        // the council's own staff are the recording agency of an in-house practitioner's notes
        given().auth()
                .oauth2(councilStaff("pa", "partnership-admin", COUNCIL))
                .when()
                .get(BASE + "/interventions/" + id)
                .then()
                .statusCode(200)
                .body("notes", equalTo("Kitchen repaired"));
    }

    static ValidatableResponse record(String token, String adultId, String type, String on, String extra) {
        String body = "{\"type\": \"%s\", \"occurredOn\": \"%s\", \"durationMinutes\": 45%s}"
                .formatted(type, on, extra == null ? "" : ", " + extra);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/adults/" + adultId + "/interventions")
                .then();
    }

    private static void refused(ValidatableResponse response, String rule) {
        response.statusCode(422).body("type", equalTo("https://familysafeguarding.org/problems/" + rule));
    }
}
