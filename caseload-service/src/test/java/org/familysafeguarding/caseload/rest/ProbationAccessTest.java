package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.caseload.messaging.HmppsEnvelope;
import org.familysafeguarding.caseload.messaging.hmpps.ProbationNoticeReader;
import org.familysafeguarding.caseload.service.ProbationEventIntake;
import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.caseload.support.ProbationFamily;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Who reads an adult's probation risk flags, their notifications, and the events kept for unknown CRNs. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ProbationAccessTest {

    static final String BASE = ProbationFamily.BASE;
    static final String COUNCIL = ProbationFamily.COUNCIL;

    @Inject
    Partnership partnership;

    @Inject
    ProbationEventIntake intake;

    @Inject
    HmppsEnvelope envelope;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Test
    void the_adults_allocated_practitioner_and_the_familys_social_worker_see_the_flag_a_stranger_does_not()
            throws Exception {
        var family = new ProbationFamily(partnership);
        var another = new ProbationFamily(partnership);
        registration(family.crn);

        for (String token : List.of(
                family.practitionerToken(), family.leadToken(), councilStaff("ws-pa", "partnership-admin", COUNCIL))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/adults/" + family.adultId + "/risk-flags")
                    .then()
                    .statusCode(200)
                    .body("adultId", equalTo(family.adultId))
                    .body("flags", hasSize(1))
                    .body("flags[0].flag", equalTo("CHILD_PROTECTION"))
                    .body("flags[0].registerCode", equalTo("RCPR"))
                    .body("flags[0].status", equalTo("ACTIVE"))
                    .body("flags[0].registeredOn", equalTo("2025-06-19"))
                    .body("flags[0].history.change", contains("RAISED"));
        }
        // the practitioner of another family, that family's social worker, and another council's staff: absent
        for (String token : List.of(
                another.practitionerToken(),
                another.leadToken(),
                councilStaff("ox-sw", "social-worker", "E10000025"),
                councilStaff("ox-pa", "partnership-admin", "E10000025"))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/adults/" + family.adultId + "/risk-flags")
                    .then()
                    .statusCode(404);
        }
        // roles that never read person records
        for (String role : List.of("analyst", "commissioner", "auditor")) {
            given().auth()
                    .oauth2(councilStaff("ws-" + role, role, COUNCIL))
                    .when()
                    .get(BASE + "/adults/" + family.adultId + "/risk-flags")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", family.agency.toString()))
                .when()
                .get(BASE + "/adults/" + family.adultId + "/risk-flags")
                .then()
                .statusCode(403);
        given().when()
                .get(BASE + "/adults/" + family.adultId + "/risk-flags")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(family.practitionerToken())
                .when()
                .get(BASE + "/adults/" + UUID.randomUUID() + "/risk-flags")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(family.practitionerToken())
                .when()
                .get(BASE + "/adults/not-an-id/risk-flags")
                .then()
                .statusCode(404);

        assertThat(audited(family.adultId, "DENIED")).contains(another.practitionerLogin, another.leadLogin);
        assertThat(audited(family.adultId, "ALLOWED")).contains(family.practitionerLogin, family.leadLogin);
    }

    @Test
    void the_familys_workers_find_the_flag_in_their_notifications_and_no_one_else_does() throws Exception {
        var family = new ProbationFamily(partnership);
        var another = new ProbationFamily(partnership);
        registration(family.crn);

        for (String token : List.of(family.practitionerToken(), family.leadToken())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/notifications")
                    .then()
                    .statusCode(200)
                    .body("items.adultId", hasItem(family.adultId))
                    .body(
                            "items.find { it.adultId == '%s' }.kind".formatted(family.adultId),
                            equalTo("PROBATION_RISK_FLAG_RAISED"))
                    .body(
                            "items.find { it.adultId == '%s' }.flag".formatted(family.adultId),
                            equalTo("CHILD_PROTECTION"))
                    .body("items", everyItem(not(org.hamcrest.Matchers.hasKey("crn"))));
        }
        for (String token : List.of(
                another.practitionerToken(),
                another.leadToken(),
                councilStaff("sw-unlinked", "social-worker", COUNCIL))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/notifications")
                    .then()
                    .statusCode(200)
                    .body("items.adultId", not(hasItem(family.adultId)));
        }
        given().auth()
                .oauth2(councilStaff("ws-analyst", "analyst", COUNCIL))
                .when()
                .get(BASE + "/notifications")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(family.practitionerToken())
                .queryParam("size", 101)
                .when()
                .get(BASE + "/notifications")
                .then()
                .statusCode(400);
    }

    @Test
    void the_probation_integration_reviews_events_kept_for_unknown_crns_and_no_council_staff_do() throws Exception {
        String crn = ProbationFamily.newCrn();
        registration(crn);
        String pa = io.smallrye.jwt.build.Jwt.preferredUserName("service-account-probation-integration")
                .subject("probation-integration-sa")
                .issuer(org.familysafeguarding.platform.testing.TestTokens.ISSUER)
                .audience(org.familysafeguarding.platform.testing.TestTokens.AUDIENCE)
                .claim("azp", "probation-integration")
                .claim("realm_access", java.util.Map.of("roles", List.of("probation-integration")))
                .expiresIn(300)
                .sign();
        given().auth()
                .oauth2(pa)
                .queryParam("crn", crn)
                .when()
                .get(BASE + "/probation/unmatched-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].crn", equalTo(crn))
                .body("items[0].eventType", equalTo("probation-case.registration.added"))
                .body("items[0].registerCode", equalTo("RCPR"));
        given().auth()
                .oauth2(pa)
                .queryParam("crn", "12345")
                .when()
                .get(BASE + "/probation/unmatched-events")
                .then()
                .statusCode(400);
        for (String role :
                List.of("partnership-admin", "social-worker", "team-manager", "analyst", "auditor", "commissioner")) {
            given().auth()
                    .oauth2(councilStaff("ws-" + role, role, COUNCIL))
                    .when()
                    .get(BASE + "/probation/unmatched-events")
                    .then()
                    .statusCode(403);
        }
    }

    /** What the consumer does with the shared example, without waiting on the broker (the consumer test covers that). */
    private void registration(String crn) throws Exception {
        ObjectNode event = EventCatalogue.exampleNode("hmpps", "registration-added-child-protection");
        ((ObjectNode) event.at("/personReference/identifiers/0")).put("value", crn);
        String payload = json.writeValueAsString(event);
        QuarkusTransaction.requiringNew()
                .run(() -> intake.apply(
                        ProbationNoticeReader.check("test:" + UUID.randomUUID(), envelope.read(payload), payload)));
    }

    private List<String> audited(String adultId, String outcome) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery(
                                "select e.username from AuditEntry e where e.recordId = :id and e.outcome = :outcome",
                                String.class)
                        .setParameter("id", adultId)
                        .setParameter("outcome", outcome)
                        .getResultList());
    }
}
