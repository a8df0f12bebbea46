package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.platform.testing.TestKafka.header;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.contracts.messaging.event.KpiMissed;
import org.familysafeguarding.contracts.messaging.inbound.InterventionRecorded;
import org.familysafeguarding.contracts.messaging.inbound.InterventionVoided;
import org.familysafeguarding.contracts.service.KpiPerformance;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.contracts.support.PublisherExamples;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class KpiCountingTest {

    @Inject
    ObjectMapper json;

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Inject
    KpiPerformance performance;

    @Test
    void reads_caseloads_examples_of_intervention_recorded_and_voided() throws Exception {
        var recorded = json.readValue(
                EventCatalogue.example("caseload", "intervention-recorded.v1"), InterventionRecorded.class);
        var voided =
                json.readValue(EventCatalogue.example("caseload", "intervention-voided.v1"), InterventionVoided.class);
        assertThat(recorded.interventionId()).isEqualTo(voided.interventionId());
        assertThat(recorded.agencyId()).isNotNull();
        assertThat(recorded.councilCode()).isNotBlank();
        assertThat(recorded.type()).isEqualTo("DRUG_TEST");
        assertThat(recorded.occurredOn()).isNotNull();
        assertThat(recorded.service()).isEqualTo("SUBSTANCE_USE");
        assertThat(recorded.familyId()).isNotNull();
        assertThat(voided.voidedAt()).isNotNull();
    }

    @Test
    void counts_the_agencys_interventions_in_the_council_while_live_once_each_and_not_when_voided() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider); // live from 2025-04-18
        String kpis = CONTRACTS + "/" + id + "/kpis";
        asCouncil("commissioner", council)
                .body("{\"interventionType\": \"HOME_VISIT\", \"perQuarter\": 4, \"effectiveFrom\": \"2025-04-01\"}")
                .when()
                .post(kpis)
                .then()
                .statusCode(201);
        asCouncil("commissioner", council)
                .body("{\"interventionType\": \"DRUG_TEST\", \"perQuarter\": 2, \"effectiveFrom\": \"2025-04-01\"}")
                .when()
                .post(kpis)
                .then()
                .statusCode(201);
        asCouncil("commissioner", council)
                .body("{\"slightlyBelowFrom\": 85, \"belowFrom\": 70}")
                .when()
                .put(CONTRACTS + "/" + id + "/kpi-bands")
                .then()
                .statusCode(200);

        UUID twice = record(council, provider, "HOME_VISIT", "2025-07-02", null);
        String sameEvent = UUID.randomUUID().toString();
        UUID repeatedEvent = UUID.randomUUID();
        record(council, provider, "HOME_VISIT", "2025-07-03", sameEvent, repeatedEvent);
        record(council, provider, "HOME_VISIT", "2025-07-03", sameEvent, repeatedEvent);
        record(council, provider, "HOME_VISIT", "2025-07-02", null, twice);
        record(council, provider, "HOME_VISIT", "2025-08-15", null);
        UUID enteredInError = record(council, provider, "HOME_VISIT", "2025-09-30", null);
        voidIt(council, provider, "HOME_VISIT", "2025-09-30", enteredInError);
        record(council, provider, "DRUG_TEST", "2025-07-10", null);
        record(council, provider, "DRUG_TEST", "2025-09-01", null);
        record(council, provider, "DRUG_TEST", "2025-10-01", null); // next quarter
        record(council, UUID.randomUUID(), "HOME_VISIT", "2025-07-04", null); // another agency
        record(councils.known(), provider, "HOME_VISIT", "2025-07-04", null); // another council
        record(council, provider, "HOME_VISIT", "2025-04-17", null); // the day before it went live
        record(council, provider, "HOME_VISIT", "2025-04-18", null);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asAgency("provider-manager", provider)
                        .queryParam("quarter", "2025-26-Q2")
                        .when()
                        .get(kpis + "/performance")
                        .then()
                        .statusCode(200)
                        .body("from", equalTo("2025-07-01"))
                        .body("to", equalTo("2025-09-30"))
                        .body("closed", equalTo(false))
                        .body("results.interventionType", contains("DRUG_TEST", "HOME_VISIT"))
                        .body("results[0].actual", equalTo(2))
                        .body("results[0].rating", equalTo("MET"))
                        .body("results[1].target", equalTo(4))
                        .body("results[1].actual", equalTo(3))
                        .body("results[1].percentOfTarget", equalTo(75.0f))
                        .body("results[1].rating", equalTo("BELOW")));
        // live from 18 April: 74 of Q1's 91 days, so 4 x 74 / 91 = 3.25, a target of 3
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asCouncil("commissioner", council)
                        .queryParam("quarter", "2025-26-Q1")
                        .when()
                        .get(kpis + "/performance")
                        .then()
                        .statusCode(200)
                        .body("results[1].actual", equalTo(1))
                        .body("results[1].target", equalTo(3))
                        .body("results[1].rating", equalTo("SIGNIFICANTLY_BELOW")));
    }

    @Test
    void a_closed_quarter_below_target_is_published_once_and_its_results_are_frozen() throws Exception {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = live(council, provider);
        String kpis = CONTRACTS + "/" + id + "/kpis";
        asCouncil("commissioner", council)
                .body("{\"interventionType\": \"HOME_VISIT\", \"perQuarter\": 2, \"effectiveFrom\": \"2025-04-01\"}")
                .when()
                .post(kpis)
                .then()
                .statusCode(201);
        record(council, provider, "HOME_VISIT", "2025-05-01", null);
        record(council, provider, "HOME_VISIT", "2025-05-02", null);
        record(council, provider, "HOME_VISIT", "2025-08-01", null);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asCouncil("commissioner", council)
                        .queryParam("quarter", "2025-26-Q2")
                        .when()
                        .get(kpis + "/performance")
                        .then()
                        .body("results[0].actual", equalTo(1)));

        assertThat(performance.closeQuarters(LocalDate.parse("2025-10-10"))).isGreaterThanOrEqualTo(1);
        asCouncil("commissioner", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get(kpis + "/performance")
                .then()
                .body("closed", equalTo(false));
        performance.closeQuarters(LocalDate.parse("2025-10-11"));
        performance.closeQuarters(LocalDate.parse("2025-10-12"));

        // awarded and went-live come first on the contract's key
        List<ConsumerRecord<String, String>> missed =
                TestKafka.recordsWithKey("contracts.events", id, Duration.ofSeconds(20), 3).stream()
                        .filter(r -> KpiMissed.TYPE.equals(header(r, "ce_type")))
                        .toList();
        assertThat(missed).extracting(r -> header(r, "ce_type")).containsExactly(KpiMissed.TYPE);
        JsonNode event = json.readTree(missed.get(0).value());
        assertThat(event.get("quarter").asText()).isEqualTo("2025-26-Q2");
        assertThat(event.get("councilCode").asText()).isEqualTo(council);
        assertThat(event.get("agencyId").asText()).isEqualTo(provider.toString());
        assertThat(event.get("interventionType").asText()).isEqualTo("HOME_VISIT");
        assertThat(event.get("target").asInt()).isEqualTo(2);
        assertThat(event.get("actual").asInt()).isEqualTo(1);
        assertThat(event.get("rating").asText()).isEqualTo("SIGNIFICANTLY_BELOW");
        assertThat(fieldNames(event))
                .isEqualTo(fieldNames(json.readTree(EventCatalogue.example("contracts", "kpi-missed.v1"))));
        EventCatalogue.of("contracts").assertConforms(missed.get(0));

        record(council, provider, "HOME_VISIT", "2025-09-15", null); // recorded late: after the close
        record(council, provider, "HOME_VISIT", "2025-10-15", null);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> asCouncil("commissioner", council)
                        .queryParam("quarter", "2025-26-Q3")
                        .when()
                        .get(kpis + "/performance")
                        .then()
                        .body("results[0].actual", equalTo(1)));
        asCouncil("commissioner", council)
                .queryParam("quarter", "2025-26-Q2")
                .when()
                .get(kpis + "/performance")
                .then()
                .body("closed", equalTo(true))
                .body("results[0].actual", equalTo(1));
        asAgency("provider-manager", provider)
                .when()
                .get(kpis + "/history")
                .then()
                .statusCode(200)
                .body("items.quarter", contains("2025-26-Q2", "2025-26-Q1"))
                .body("items[1].results[0].rating", equalTo("MET"));
        assertThat(TestKafka.recordsWithKey("contracts.events", id, Duration.ofSeconds(3), 4))
                .hasSize(3);
    }

    @Test
    void an_unreadable_intervention_goes_to_the_dead_letter_topic() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "caseload.events",
                key,
                UUID.randomUUID().toString(),
                InterventionRecorded.TYPE,
                "{\"interventionId\": \"" + key + "\"}");
        assertThat(TestKafka.recordsWithKey("caseload.events.dlq.contracts-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    private static UUID record(String council, UUID agency, String type, String on, String eventId) {
        return record(council, agency, type, on, eventId, UUID.randomUUID());
    }

    private static UUID record(String council, UUID agency, String type, String on, String eventId, UUID intervention) {
        TestKafka.sendCloudEvent(
                "caseload.events",
                intervention.toString(),
                eventId == null ? UUID.randomUUID().toString() : eventId,
                InterventionRecorded.TYPE,
                PublisherExamples.caseload(
                        "intervention-recorded",
                        Map.of(
                                "interventionId",
                                intervention,
                                "councilCode",
                                council,
                                "agencyId",
                                agency,
                                "type",
                                type,
                                "occurredOn",
                                on,
                                "service",
                                "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT",
                                "familyId",
                                UUID.randomUUID())));
        return intervention;
    }

    private static void voidIt(String council, UUID agency, String type, String on, UUID intervention) {
        TestKafka.sendCloudEvent(
                "caseload.events",
                intervention.toString(),
                UUID.randomUUID().toString(),
                InterventionVoided.TYPE,
                PublisherExamples.caseload(
                        "intervention-voided",
                        Map.of(
                                "interventionId",
                                intervention,
                                "councilCode",
                                council,
                                "agencyId",
                                agency,
                                "type",
                                type,
                                "occurredOn",
                                on)));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
