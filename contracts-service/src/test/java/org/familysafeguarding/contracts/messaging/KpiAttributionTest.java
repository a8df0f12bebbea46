package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.messaging.inbound.InterventionRecorded;
import org.familysafeguarding.contracts.service.KpiPerformance;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.contracts.support.PublisherExamples;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * KPIs count what was agreed: an intervention counts for the contract buying the service it was
 * recorded under, a family event once per family where the KPI says so, nothing before the KPI
 * took effect - and analysts see small counts suppressed in every answer they can read.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class KpiAttributionTest {

    static final String DOMESTIC_ABUSE =
            "\"DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT\", \"DOMESTIC_ABUSE_PERPETRATOR_WORK\"";

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Inject
    KpiPerformance performance;

    static void kpi(
            String council, String contract, String type, int perQuarter, String effectiveFrom, boolean oncePerFamily) {
        asCouncil("commissioner", council)
                .body("""
                {"interventionType": "%s", "perQuarter": %d, "effectiveFrom": "%s", "oncePerFamily": %s}""".formatted(type, perQuarter, effectiveFrom, oncePerFamily))
                .when()
                .post(CONTRACTS + "/" + contract + "/kpis")
                .then()
                .statusCode(201);
    }

    @Test
    void an_intervention_counts_only_for_the_contract_buying_the_service_it_was_recorded_under() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String domesticAbuse = liveBuying(council, provider, DOMESTIC_ABUSE);
        String substanceUse = liveBuying(council, provider, "\"SUBSTANCE_USE\"");
        kpi(council, domesticAbuse, "HOME_VISIT", 10, "2025-04-01", false);
        kpi(council, substanceUse, "HOME_VISIT", 10, "2025-04-01", false);

        record(council, provider, "HOME_VISIT", "2025-07-02", "SUBSTANCE_USE", UUID.randomUUID());
        record(council, provider, "HOME_VISIT", "2025-07-03", "SUBSTANCE_USE", UUID.randomUUID());
        record(council, provider, "HOME_VISIT", "2025-07-04", "DOMESTIC_ABUSE_PERPETRATOR_WORK", UUID.randomUUID());
        record(council, provider, "HOME_VISIT", "2025-07-05", null, null); // an older event: no service said

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(actual(council, substanceUse, "2025-26-Q2")).isEqualTo(3);
            assertThat(actual(council, domesticAbuse, "2025-26-Q2")).isEqualTo(2);
        });
    }

    @Test
    void a_kpi_that_says_so_counts_a_familys_home_visit_once_whoever_of_the_parents_it_was_recorded_for() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String perFamily = live(council, provider);
        String perParent = live(council, provider);
        kpi(council, perFamily, "HOME_VISIT", 10, "2025-04-01", true);
        kpi(council, perParent, "HOME_VISIT", 10, "2025-04-01", false);
        UUID family = UUID.randomUUID();
        record(council, provider, "HOME_VISIT", "2025-07-02", "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", family);
        record(council, provider, "HOME_VISIT", "2025-07-02", "DOMESTIC_ABUSE_PERPETRATOR_WORK", family);
        record(council, provider, "HOME_VISIT", "2025-07-09", "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", family);
        record(
                council,
                provider,
                "HOME_VISIT",
                "2025-07-02",
                "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT",
                UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(actual(council, perParent, "2025-26-Q2")).isEqualTo(4);
            assertThat(actual(council, perFamily, "2025-26-Q2")).isEqualTo(3);
        });
    }

    @Test
    void a_kpi_neither_back_fills_nor_misses_a_quarter_before_it_took_effect() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider); // live from 2025-04-18
        kpi(council, id, "DRUG_TEST", 750, "2025-11-15", false);
        performance.closeQuarters(LocalDate.parse("2026-04-11"));
        List<String> closed = asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + id + "/kpis/history")
                .then()
                .statusCode(200)
                .extract()
                .path("items.quarter");
        // Q1 and Q2 came before the KPI: not closed against it; Q3 from 15 November is pro-rated
        assertThat(closed).containsExactly("2025-26-Q4", "2025-26-Q3");
        asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + id + "/kpis/history")
                .then()
                .body("items[1].results[0].target", equalTo(383)); // 15 Nov to 31 Dec: 750 x 47 / 92, half up
        assertThat(TestKafka.recordsWithKey("contracts.events", id, Duration.ofSeconds(5), 5))
                .hasSize(4);
    }

    @Test
    void analysts_see_counts_of_one_to_five_suppressed_in_every_kpi_answer_they_can_read() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        kpi(council, id, "HOME_VISIT", 10, "2025-04-01", false);
        kpi(council, id, "DRUG_TEST", 10, "2025-04-01", false);
        kpi(council, id, "CORE_GROUP", 10, "2025-04-01", false);
        for (int i = 0; i < 3; i++) {
            record(
                    council,
                    provider,
                    "HOME_VISIT",
                    "2025-07-0" + (i + 1),
                    "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT",
                    null);
        }
        for (int i = 0; i < 6; i++) {
            record(council, provider, "DRUG_TEST", "2025-07-1" + i, "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", null);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(actual(council, id, "2025-26-Q2", "DRUG_TEST")).isEqualTo(6);
            assertThat(actual(council, id, "2025-26-Q2", "HOME_VISIT")).isEqualTo(3);
        });
        String perf = CONTRACTS + "/" + id + "/kpis/performance";
        // the commissioner sees every count
        asCouncil("commissioner", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get(perf)
                .then()
                .body("results.interventionType", contains("CORE_GROUP", "DRUG_TEST", "HOME_VISIT"))
                .body("results.actual", contains(0, 6, 3))
                .body("results.suppressed", contains(false, false, false));
        // the analyst: 0 and 6 shown, 3 suppressed with what rests on it
        asCouncil("analyst", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get(perf)
                .then()
                .statusCode(200)
                .body("results.actual", contains(0, 6, null))
                .body("results.suppressed", contains(false, false, true))
                .body("results[2].percentOfTarget", nullValue())
                .body("results[2].rating", nullValue())
                .body("results[2].target", equalTo(10));
        asCouncil("analyst", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get("/api/contracts/v1/kpis/performance")
                .then()
                .statusCode(200)
                .body("items.find { it.contractId == '" + id + "' }.results.actual", contains(0, 6, null));

        performance.closeQuarters(LocalDate.parse("2025-10-11"));
        asCouncil("analyst", council)
                .when()
                .get(CONTRACTS + "/" + id + "/kpis/history")
                .then()
                .statusCode(200)
                .body("items[0].quarter", equalTo("2025-26-Q2"))
                .body("items[0].results.find { it.interventionType == 'HOME_VISIT' }.actual", nullValue())
                .body("items[0].results.find { it.interventionType == 'HOME_VISIT' }.suppressed", equalTo(true))
                .body("items[0].results.find { it.interventionType == 'DRUG_TEST' }.actual", equalTo(6))
                .body("items[0].results.find { it.interventionType == 'CORE_GROUP' }.actual", equalTo(0));
        asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + id + "/kpis/history")
                .then()
                .body("items[0].results.find { it.interventionType == 'HOME_VISIT' }.actual", equalTo(3));

        JsonPath ocds = asCouncil("analyst", council)
                .when()
                .get(CONTRACTS + "/" + id + "/ocds")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String homeVisits = "releases.find { it.tag.contains('implementation') }.contracts[0].implementation.metrics"
                + ".find { it.id == 'HOME_VISIT' }.observations.find { it.id == '2025-26-Q2-actual' }";
        assertThat(ocds.getMap(homeVisits)).doesNotContainKey("measure");
        assertThat(ocds.getString(homeVisits + ".dimensions.suppressed")).isEqualTo("count of 1 to 5");
        assertThat(ocds.getString(homeVisits + ".dimensions.rating")).isNull();
        JsonPath seen = asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS + "/" + id + "/ocds")
                .then()
                .extract()
                .jsonPath();
        assertThat(seen.getInt(homeVisits + ".measure")).isEqualTo(3);
    }

    static int actual(String council, String contract, String quarter) {
        return actual(council, contract, quarter, "HOME_VISIT");
    }

    static int actual(String council, String contract, String quarter, String type) {
        return asCouncil("commissioner", council)
                .queryParam("quarter", quarter)
                .when()
                .get(CONTRACTS + "/" + contract + "/kpis/performance")
                .then()
                .statusCode(200)
                .extract()
                .path("results.find { it.interventionType == '" + type + "' }.actual");
    }

    private static void record(String council, UUID agency, String type, String on, String service, UUID family) {
        UUID intervention = UUID.randomUUID();
        Map<String, Object> changes = new HashMap<>(Map.of(
                "interventionId",
                intervention,
                "councilCode",
                council,
                "agencyId",
                agency,
                "type",
                type,
                "occurredOn",
                on));
        changes.put("service", service);
        changes.put("familyId", family);
        TestKafka.sendCloudEvent(
                "caseload.events",
                intervention.toString(),
                UUID.randomUUID().toString(),
                InterventionRecorded.TYPE,
                PublisherExamples.caseload("intervention-recorded", changes));
    }
}
