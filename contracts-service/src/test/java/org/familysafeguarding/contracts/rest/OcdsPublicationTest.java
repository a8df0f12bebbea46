package org.familysafeguarding.contracts.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.contracts.support.Tenders.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.service.KpiPerformance;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.contracts.support.OcdsSchema;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class OcdsPublicationTest {

    static final String PACKAGES = "/api/contracts/v1/ocds/release-packages";

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Inject
    KpiPerformance performance;

    static String ocds(String id) {
        return CONTRACTS + "/" + id + "/ocds";
    }

    static void assertValid(String releasePackage) {
        assertThat(OcdsSchema.errors(releasePackage)).isEmpty();
    }

    @Test
    void a_planned_contract_publishes_its_budget_by_financial_year_and_funding_source() {
        String council = councils.known();
        String id = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body("""
                {"years": [
                  {"financialYear": "2025-26", "amount": 300000.00,
                   "funding": [{"source": "Supporting Families grant", "amount": 200000.00},
                               {"source": "Council base budget", "amount": 100000.00}]},
                  {"financialYear": "2026-27", "amount": 300000.00},
                  {"financialYear": "2027-28", "amount": 300000.00}]}""")
                .when()
                .put(CONTRACTS + "/" + id + "/profile")
                .then()
                .statusCode(200);
        String body = asCouncil("analyst", council)
                .when()
                .get(ocds(id))
                .then()
                .statusCode(200)
                .body("version", equalTo("1.1"))
                .body("releases.tag", contains(List.of("planning")))
                .body("releases[0].ocid", equalTo("ocds-fsp0c1-" + id))
                .body("releases[0].buyer.id", equalTo("GB-GSS-" + council))
                .body("releases[0].planning.budget.amount.amount", equalTo(900000.00f))
                .body(
                        "releases[0].planning.budget.budgetBreakdown.id",
                        contains(
                                "2025-26/Council base budget",
                                "2025-26/Supporting Families grant",
                                "2026-27",
                                "2027-28"))
                .body(
                        "releases[0].planning.budget.budgetBreakdown[1].sourceParty.name",
                        equalTo("Supporting Families grant"))
                .body(
                        "releases[0].planning.budget.budgetBreakdown[2].period.startDate",
                        equalTo("2026-04-01T00:00:00Z"))
                .extract()
                .asString();
        assertValid(body);
    }

    @Test
    void a_competed_contract_publishes_tender_award_contract_implementation_amendments_and_termination() {
        String council = councils.known();
        UUID winner = agencies.accreditedBy(council);
        UUID loser = agencies.accreditedBy(council);
        String id = moderated(council, winner, loser);
        String[][] moves = {
            {"AWARDED", "2025-03-01", "CABINET"},
            {"MOBILISING", "2025-03-02", "OFFICER"},
            {"LIVE", "2025-06-01", "OFFICER"}
        };
        for (int i = 0; i < moves.length; i++) {
            asCouncil("commissioner", council)
                    .header("If-Match", "\"" + (i + 1) + "\"")
                    .body(transition(moves[i][0], moves[i][1], moves[i][2], null, i == 0 ? winner : null))
                    .when()
                    .post(CONTRACTS + "/" + id + "/transitions")
                    .then()
                    .statusCode(200);
        }
        asCouncil("commissioner", council)
                .header("If-Match", "\"5\"")
                .when()
                .post(tender(id) + "/recommendation")
                .then()
                .statusCode(400);
        asCouncil("commissioner", council)
                .when()
                .get(tender(id) + "/ranking")
                .then()
                .statusCode(200);
        asCouncil("commissioner", council)
                .header("If-Match", "\"5\"")
                .body("{\"bidId\": \"" + UUID.randomUUID() + "\", \"rationale\": \"Late\"}")
                .when()
                .post(tender(id) + "/recommendation")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://familysafeguarding.org/problems/contract-not-in-procurement"));
        asCouncil("commissioner", council)
                .body("{\"interventionType\": \"HOME_VISIT\", \"perQuarter\": 500, \"effectiveFrom\": \"2025-06-01\"}")
                .when()
                .post(CONTRACTS + "/" + id + "/kpis")
                .then()
                .statusCode(201);
        performance.closeQuarters(LocalDate.parse("2025-07-11"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"4\"")
                .body("""
                {"kind": "EXTENSION", "extensionMonths": 12, "effectiveOn": "2027-09-30",
                 "decisionMaker": "Cabinet Member for Children", "decisionLevel": "CABINET_MEMBER"}""")
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(201);
        asCouncil("commissioner", council)
                .header("If-Match", "\"5\"")
                .body("""
                {"kind": "VARIATION", "valueChange": 50000.00, "scopeChange": "Adds weekend visits",
                 "reason": "Demand from the locality teams", "effectiveOn": "2027-10-01",
                 "decisionMaker": "Head of Commissioning", "decisionLevel": "OFFICER"}""")
                .when()
                .post(CONTRACTS + "/" + id + "/changes")
                .then()
                .statusCode(201);

        JsonPath live = asAgency("provider-manager", winner)
                .when()
                .get(ocds(id))
                .then()
                .statusCode(200)
                .body(
                        "releases.tag.flatten()",
                        contains(
                                "planning",
                                "tender",
                                "award",
                                "contract",
                                "implementation",
                                "contractAmendment",
                                "contractAmendment"))
                .extract()
                .jsonPath();
        assertValid(live.prettify());
        assertThat(live.getString("releases[1].tender.procurementMethod")).isEqualTo("open");
        assertThat(live.getString("releases[1].tender.awardCriteria")).isEqualTo("ratedCriteria");
        assertThat(live.getInt("releases[1].tender.numberOfTenderers")).isEqualTo(2);
        assertThat(live.getList("releases[2].awards[0].suppliers.id")).containsExactly("agency-" + winner);
        assertThat(live.getString("releases[3].contracts[0].status")).isEqualTo("active");
        assertThat(live.getString("releases[4].contracts[0].implementation.milestones[0].dateMet"))
                .isEqualTo("2025-06-01T00:00:00Z");
        assertThat(live.getList("releases[4].contracts[0].implementation.metrics.id"))
                .containsExactly("HOME_VISIT");
        assertThat(live.getList("releases[4].contracts[0].implementation.metrics[0].observations.id"))
                .containsExactly("target-per-quarter", "2025-26-Q1-target", "2025-26-Q1-actual");
        assertThat(live.getList("releases[4].contracts[0].implementation.metrics[0].observations.measure"))
                .containsExactly(500, 165, 0); // live 30 of Q1's 91 days: 500 x 30 / 91, half up
        assertThat(live.getString(
                        "releases[4].contracts[0].implementation.metrics[0].observations[2].dimensions.rating"))
                .isEqualTo("SIGNIFICANTLY_BELOW");
        assertThat(live.getList("extensions")).hasSize(2);
        assertThat(live.getString("releases[5].contracts[0].period.endDate")).isEqualTo("2029-03-31T00:00:00Z");
        assertThat(live.getFloat("releases[6].contracts[0].value.amount")).isEqualTo(1250000.00f);
        assertThat(live.getString("releases[6].contracts[0].amendments[0].rationale"))
                .isEqualTo("Demand from the locality teams");
        assertThat(live.prettify()).doesNotContain("someone-", EVALUATOR_ONE, EVALUATOR_TWO, "Locality model");

        asCouncil("commissioner", council)
                .header("If-Match", "\"6\"")
                .body(transition("ENDED", "2028-01-31", "CABINET", null, null))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
        String ended = asCouncil("auditor", council)
                .when()
                .get(ocds(id))
                .then()
                .statusCode(200)
                .body("releases.tag.flatten()", hasItem("contractTermination"))
                .body("releases.find { it.tag[0] == 'contractTermination' }.contracts[0].status", equalTo("terminated"))
                .extract()
                .asString();
        assertValid(ended);
    }

    @Test
    void a_council_lists_its_own_packages_page_by_page_and_others_get_nothing() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String first = plan(council, null);
        String second = live(council, provider);
        String third = inProcurement(council);

        JsonPath page = asCouncil("partnership-admin", council)
                .queryParam("size", 2)
                .when()
                .get(PACKAGES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.size()", equalTo(2))
                .extract()
                .jsonPath();
        for (int i = 0; i < 2; i++) {
            assertValid(new com.fasterxml.jackson.databind.ObjectMapper()
                    .valueToTree(page.getMap("items[" + i + "]"))
                    .toString());
        }
        asCouncil("partnership-admin", council)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get(PACKAGES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        List<String> ocids = asCouncil("commissioner", council)
                .queryParam("size", 50)
                .when()
                .get(PACKAGES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.collect { it.releases[0].ocid }");
        assertThat(ocids)
                .containsExactlyInAnyOrder("ocds-fsp0c1-" + first, "ocds-fsp0c1-" + second, "ocds-fsp0c1-" + third);

        asCouncil("analyst", councils.known())
                .when()
                .get(PACKAGES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        asCouncil("commissioner", councils.known())
                .when()
                .get(ocds(first))
                .then()
                .statusCode(404);
        asAgency("provider-manager", provider).when().get(PACKAGES).then().statusCode(403);
        asAgency("provider-manager", agencies.known())
                .when()
                .get(ocds(second))
                .then()
                .statusCode(404);
        asCouncil("team-manager", council).when().get(ocds(first)).then().statusCode(403);
        asCouncil("analyst", council)
                .queryParam("size", 51)
                .when()
                .get(PACKAGES)
                .then()
                .statusCode(400);
    }
}
