package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The partnership's work counted where it is commissioned, across three services and a real broker:
 * West Sussex puts a substance-use contract with Change, Grow, Live live (contracts-service), which
 * caseload-service learns from contracts.events; a team manager allocates a parent to the agency's
 * practitioner; the practitioner records a drug test through the gateway; contracts-service counts it
 * towards the contract's KPI from caseload.events - nobody re-keys anything.
 */
class InterventionToKpiE2ETest {

    static final String WEST_SUSSEX = TenantFixtures.OWN_COUNCIL;
    static final String CGL = TenantFixtures.OWN_AGENCY;
    static final String CONTRACTS = Stack.GATEWAY + "/api/contracts/v1";
    static final String CASELOAD = Stack.GATEWAY + "/api/caseload/v1";

    static RequestSpecification as(String username) {
        var user = Stack.demoUsers().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
        return given().auth()
                .oauth2(Stack.tokenFor(user))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String created(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("id") != null ? response.path("id") : response.path("record.id");
    }

    /** The West Sussex team the demo practitioner belongs to. */
    static String teamOf(String practitionerId) {
        List<String> teams = as("ws-partnership-admin")
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/teams?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        for (String team : teams) {
            List<String> members = as("ws-partnership-admin")
                    .when()
                    .get(Stack.GATEWAY + "/api/partners/v1/teams/" + team)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("members.practitionerId");
            if (members != null && members.contains(practitionerId)) {
                return team;
            }
        }
        throw new IllegalStateException("The demo practitioner " + practitionerId + " is in no West Sussex team");
    }

    static String liveSubstanceUseContract() {
        LocalDate today = LocalDate.now();
        String check = created(as("ws-commissioner")
                .body("""
                {"council": "%s", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "estimatedLifetimeValue": 1200000.00,
                 "decisionDate": "%s", "proposedRoute": "DIRECT_AWARD", "ground": "PUBLIC_PUBLIC_COOPERATION"}""".formatted(WEST_SUSSEX, today))
                .when()
                .post(CONTRACTS + "/procurement-checks"));
        String contract = created(as("ws-commissioner")
                .body("""
                {"council": "%s", "title": "Substance use practitioners for family safeguarding %s",
                 "description": "Adult-facing substance use workers in locality teams",
                 "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": null,
                 "term": {"start": "%s", "initialEnd": "%s", "extensionOptionMonths": [12],
                          "extensionDecisionBy": "%s", "mobilisationDays": 0},
                 "annualValue": 300000.00, "vatBasis": "VAT_EXEMPT", "services": ["SUBSTANCE_USE"]}""".formatted(
                                WEST_SUSSEX,
                                UUID.randomUUID().toString().substring(0, 6),
                                today,
                                today.plusYears(3).minusDays(1),
                                today.plusYears(2)))
                .when()
                .post(CONTRACTS + "/contracts"));
        String[][] moves = {{"AWARDED", "CABINET"}, {"MOBILISING", "OFFICER"}, {"LIVE", "OFFICER"}};
        for (int v = 0; v < moves.length; v++) {
            as("ws-commissioner")
                    .header("If-Match", "\"" + v + "\"")
                    .body("""
                    {"to": "%s", "effectiveOn": "%s", "decisionMaker": "Cabinet", "decisionLevel": "%s",
                     "decisionReportRef": "CAB-E2E-001", "procurementCheckId": %s, "agencyId": %s, "endReason": null}""".formatted(
                                    moves[v][0],
                                    today,
                                    moves[v][1],
                                    v == 0 ? "\"" + check + "\"" : "null",
                                    v == 0 ? "\"" + CGL + "\"" : "null"))
                    .when()
                    .post(CONTRACTS + "/contracts/" + contract + "/transitions")
                    .then()
                    .statusCode(200);
        }
        created(as("ws-commissioner")
                .body("{\"interventionType\": \"DRUG_TEST\", \"perQuarter\": 750}")
                .when()
                .post(CONTRACTS + "/contracts/" + contract + "/kpis"));
        return contract;
    }

    static long drugTestsCounted(String contract, String username) {
        List<Integer> actual = as(username)
                .when()
                .get(CONTRACTS + "/contracts/" + contract + "/kpis/performance")
                .then()
                .statusCode(200)
                .extract()
                .path("results.findAll { it.interventionType == 'DRUG_TEST' }.actual");
        assertThat(actual).hasSize(1);
        return actual.get(0);
    }

    /** A West Sussex family, its child and mother; the family allocated to the social worker, the mother to CGL's practitioner. */
    record AllocatedParent(String family, String child, String mother) {}

    static AllocatedParent parentAllocatedToCgl(String surnameStem) {
        String socialWorker =
                TenantFixtures.practitionerId(TenantFixtures.IN_HOUSE_AGENCY.get(WEST_SUSSEX), "ws-social-worker");
        String cglWorker = TenantFixtures.practitionerId(CGL, "cgl-practitioner");
        String team = teamOf(socialWorker);

        String surname = surnameStem + UUID.randomUUID().toString().substring(0, 4);
        String family = created(as("ws-social-worker")
                .body("{\"name\": \"%s family\"}".formatted(surname))
                .when()
                .post(CASELOAD + "/families"));
        String child = created(as("ws-social-worker")
                .body("""
                {"givenName": "Ellis", "familyName": "%s", "dateOfBirth": "2020-06-14", "sex": "M", "ethnicity": "WBRI",
                 "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(surname, ("E" + UUID.randomUUID().toString().replace("-", "")).substring(0, 10)))
                .when()
                .post(CASELOAD + "/families/" + family + "/children"));
        String mother = created(as("ws-social-worker")
                .body("""
                {"givenName": "Jodie", "familyName": "%s", "dateOfBirth": "1994-02-03",
                 "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(surname, child))
                .when()
                .post(CASELOAD + "/families/" + family + "/adults"));
        created(as("ws-team-manager")
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(team, socialWorker))
                .when()
                .post(CASELOAD + "/families/" + family + "/allocations"));

        // caseload-service learns from contracts.events that the agency is now commissioned for substance use
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> as("ws-team-manager")
                                .body("{\"practitionerId\": \"%s\", \"specialism\": \"SUBSTANCE_USE\"}"
                                        .formatted(cglWorker))
                                .when()
                                .post(CASELOAD + "/adults/" + mother + "/allocations")
                                .statusCode()
                        == 201);
        return new AllocatedParent(family, child, mother);
    }

    @Test
    void a_drug_test_recorded_by_the_allocated_practitioner_moves_the_kpi_of_the_live_contract() {
        String contract = liveSubstanceUseContract();
        // the agency's earlier substance-use drug tests in the council this quarter count too (the events name
        // the service, not the contract)
        long before = drugTestsCounted(contract, "ws-commissioner");

        AllocatedParent allocated = parentAllocatedToCgl("Harrowby");
        String mother = allocated.mother();
        String child = allocated.child();

        created(as("cgl-practitioner")
                .body("""
                {"type": "DRUG_TEST", "occurredOn": "%s", "durationMinutes": 20, "testResult": "NEGATIVE",
                 "notes": "Seen at home; test taken and negative.", "notesShared": false}""".formatted(LocalDate.now()))
                .when()
                .post(CASELOAD + "/adults/" + mother + "/interventions"));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> drugTestsCounted(contract, "ws-commissioner") == before + 1);
        assertThat(drugTestsCounted(contract, "cgl-provider-manager")).isEqualTo(before + 1);

        // the council's analyst reads aggregates only: a count of 1 to 5 is suppressed, in the contract's
        // performance and in the council's quarter overview alike
        long counted = before + 1;
        Map<String, Object> seen = as("ws-analyst")
                .when()
                .get(CONTRACTS + "/contracts/" + contract + "/kpis/performance")
                .then()
                .statusCode(200)
                .extract()
                .path("results.find { it.interventionType == 'DRUG_TEST' }");
        Map<String, Object> inOverview = as("ws-analyst")
                .queryParam("size", 100)
                .when()
                .get(CONTRACTS + "/kpis/performance")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.contractId == '" + contract
                        + "' }.results.find { it.interventionType == 'DRUG_TEST' }");
        // (the overview pages by start date: after many runs this contract may sit beyond its first page)
        for (Map<String, Object> result : inOverview == null ? List.of(seen) : List.of(seen, inOverview)) {
            if (counted <= 5) {
                assertThat(result.get("actual")).isNull();
                assertThat(result.get("percentOfTarget")).isNull();
                assertThat(result.get("suppressed")).isEqualTo(true);
            } else {
                assertThat(((Number) result.get("actual")).longValue()).isEqualTo(counted);
            }
        }

        // the practitioner sees the parent allocated to them, and not the child's own record
        as("cgl-practitioner").when().get(CASELOAD + "/adults/" + mother).then().statusCode(200);
        as("cgl-practitioner")
                .when()
                .get(CASELOAD + "/children/" + child)
                .then()
                .statusCode(404);
        as("tp-practitioner").when().get(CASELOAD + "/adults/" + mother).then().statusCode(404);
        // the confidential note stays with the recording agency
        List<Object> notes = as("ws-social-worker")
                .when()
                .get(CASELOAD + "/adults/" + mother + "/interventions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.notes");
        assertThat(notes).containsOnlyNulls();
    }
}
