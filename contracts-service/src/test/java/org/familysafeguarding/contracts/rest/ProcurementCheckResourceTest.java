package org.familysafeguarding.contracts.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ProcurementCheckResourceTest {

    static final String CHECKS = "/api/contracts/v1/procurement-checks";

    @Inject
    Councils councils;

    static String proposal(String council, String value, String date, String route) {
        return """
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": %s,
                 "decisionDate": "%s", "proposedRoute": "%s"}""".formatted(council, value, date, route);
    }

    static RequestSpecification as(String role, String council) {
        return given().auth()
                .oauth2(councilStaff("someone-" + role, role, council))
                .contentType(ContentType.JSON);
    }

    @Test
    void a_direct_award_above_threshold_without_a_ground_is_answered_not_permitted_with_the_reason() {
        String council = councils.known();
        String location = as("commissioner", council)
                .body(proposal(council, "1200000.00", "2025-06-01", "DIRECT_AWARD"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .body("regime", equalTo("PA2023"))
                .body("threshold.amount", equalTo(663540))
                .body("threshold.vatInclusive", equalTo(true))
                .body("thresholdReached", equalTo(true))
                .body("proposedRoute.permitted", equalTo(false))
                .body("proposedRoute.reason", containsString("needs a ground"))
                .body("routes.findAll { it.permitted }.route", hasItems("OPEN_COMPETITION", "DIRECT_AWARD"))
                .body("notices.code", hasItems("UK5", "UK6", "UK7"))
                .body("standstill", org.hamcrest.Matchers.nullValue()) // light-touch under the Act: s51(3)
                .body("voluntaryStandstill", containsString("8 working days"))
                .body("decisionLevel", equalTo("CABINET"))
                .body("keyDecision", equalTo(true))
                .body("checkedBy", equalTo("someone-commissioner"))
                .extract()
                .header("Location");

        as("analyst", council)
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .body("proposal.route", equalTo("DIRECT_AWARD"))
                .body("proposedRoute.permitted", equalTo(false));
    }

    @Test
    void a_waiver_below_threshold_with_a_reason_is_permitted_at_officer_level() {
        String council = councils.known();
        as("partnership-admin", council)
                .body("""
                        {"council": "%s", "serviceType": "OTHER_SERVICES", "estimatedLifetimeValue": 120000.00,
                         "vat": 24000.00, "decisionDate": "2026-02-01", "proposedRoute": "CPR_WAIVER",
                         "waiverReason": "Continuity of a specialist service for six months"}""".formatted(council))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .body("comparedValue", equalTo(144000.00f))
                .body("thresholdReached", equalTo(false))
                .body("proposedRoute.permitted", equalTo(true))
                .body("decisionLevel", equalTo("OFFICER"))
                .body("keyDecision", equalTo(false));
    }

    @Test
    void under_the_psr_there_is_no_threshold() {
        String council = councils.known();
        as("commissioner", council)
                .body("""
                        {"council": "%s", "serviceType": "HEALTH_CARE_SERVICES", "estimatedLifetimeValue": 2500000.00,
                         "decisionDate": "2025-06-01", "proposedRoute": "PSR_DIRECT_AWARD_C",
                         "existingLifetimeValue": 2000000.00}""".formatted(council))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .body("regime", equalTo("PSR2023"))
                .body("threshold", nullValue())
                .body("thresholdReached", nullValue())
                .body("proposedRoute.permitted", equalTo(false))
                .body("proposedRoute.reason", containsString("Considerable change"));
    }

    @Test
    void another_councils_decision_cannot_be_checked_nor_its_checks_read() {
        String mine = councils.known();
        String theirs = councils.known();
        as("commissioner", mine)
                .body(proposal(theirs, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        String location = as("commissioner", theirs)
                .body(proposal(theirs, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        as("commissioner", mine).when().get(location).then().statusCode(404);
        as("commissioner", mine)
                .when()
                .get(CHECKS)
                .then()
                .statusCode(200)
                .body("items.proposal.councilCode", everyItem(equalTo(mine)));
        as("commissioner", theirs).when().get(CHECKS).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void only_commissioners_and_partnership_admins_check_decisions() {
        String council = councils.known();
        given().contentType(ContentType.JSON)
                .body(proposal(council, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(401);
        as("analyst", council)
                .body(proposal(council, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(403);
        as("social-worker", council).when().get(CHECKS).then().statusCode(403);
        given().auth()
                .oauth2(agencyStaff("pm", "provider-manager", UUID.randomUUID().toString()))
                .contentType(ContentType.JSON)
                .body(proposal(council, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(403);
    }

    @Test
    void invalid_proposals_are_400_naming_each_field() {
        String council = councils.known();
        as("commissioner", council)
                .body("""
                        {"council": "West Sussex", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES",
                         "estimatedLifetimeValue": -1, "vat": 0.001}""")
                .when()
                .post(CHECKS)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("council", "estimatedLifetimeValue", "vat", "decisionDate", "proposedRoute"));
        as("commissioner", council)
                .body(proposal(council, "1000.00", "2025-06-01", "HANDSHAKE"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void questions_the_rules_cannot_answer_are_422() {
        String unknown = Councils.newCode();
        as("commissioner", unknown)
                .body(proposal(unknown, "1000.00", "2025-06-01", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(422)
                .body("detail", containsString("not known here"));
        String council = councils.known();
        as("commissioner", council)
                .body(proposal(council, "1000.00", "2015-02-25", "OPEN_COMPETITION"))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(422)
                .body("detail", containsString("2015-02-25"));
        as("commissioner", council)
                .when()
                .get(CHECKS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void the_check_asks_when_the_procurement_commenced_and_the_regime_follows_that_day() {
        String council = councils.known();
        as("commissioner", council)
                .body("""
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 900000.00,
                 "decisionDate": "2025-06-01", "procurementCommencedOn": "2025-01-10", "proposedRoute": "OPEN_COMPETITION"}""".formatted(council))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(201)
                .body("regime", equalTo("PCR2015"))
                .body("regimeBasis", containsString("2025-01-10"))
                .body("proposal.procurementCommencedOn", equalTo("2025-01-10"));
        as("commissioner", council)
                .body("""
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 900000.00,
                 "decisionDate": "2025-06-01", "procurementCommencedOn": "2025-06-02", "proposedRoute": "OPEN_COMPETITION"}""".formatted(council))
                .when()
                .post(CHECKS)
                .then()
                .statusCode(422)
                .body("type", containsString("commencement-after-decision"));
    }
}
