package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.platform.testing.TestKafka.header;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.contracts.messaging.event.ContractEndDrewNear;
import org.familysafeguarding.contracts.messaging.event.ExtensionDecisionFellDue;
import org.familysafeguarding.contracts.service.ContractAlerts;
import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
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
class ContractAlertsTest {

    static final String ALERTS = "/api/contracts/v1/alerts";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC); // the service's clock is UTC

    @Inject
    ObjectMapper json;

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Inject
    ContractAlerts alerts;

    @Test
    void lists_the_councils_awarded_contracts_whose_extension_decision_or_end_is_within_the_days_asked() {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String extendable = awarded(council, provider, 60, "[12]", 20);
        String ending = awarded(council, provider, 150, "[]", null);
        planned(council, 10);
        String otherCouncil = councils.known();
        awarded(otherCouncil, agencies.accreditedBy(otherCouncil), 10, "[]", null);

        asCouncil("commissioner", council)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.contractId", contains(extendable, extendable, ending))
                .body("items.kind", contains("EXTENSION_DECISION_DUE", "ENDING", "ENDING"))
                .body("items.thresholdDays", contains(30, 90, 180))
                .body("items.daysLeft", contains(20, 60, 150))
                .body("items[0].dueOn", equalTo(TODAY.plusDays(20).toString()));
        asCouncil("analyst", council)
                .queryParam("within", 90)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        asCouncil("partnership-admin", council)
                .queryParam("within", 30)
                .queryParam("size", 1)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.kind", contains("EXTENSION_DECISION_DUE"));
    }

    @Test
    void only_council_commissioners_admins_and_analysts_see_alerts() {
        String council = councils.known();
        asCouncil("auditor", council).when().get(ALERTS).then().statusCode(403);
        asAgency("provider-manager", UUID.randomUUID())
                .when()
                .get(ALERTS)
                .then()
                .statusCode(403);
        asCouncil("commissioner", council)
                .queryParam("within", 181)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(400);
        asCouncil("commissioner", council)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void the_job_raises_each_threshold_once_only_the_tightest_when_first_seen_late() throws Exception {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String extendable = awarded(council, provider, 60, "[12]", 20);
        String ending = awarded(council, provider, 150, "[]", null);

        alerts.raise(TODAY);
        alerts.raise(TODAY);
        alerts.raise(TODAY.plusDays(1));
        List<ConsumerRecord<String, String>> first = alertsOn(extendable, 2);
        assertThat(first)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(ExtensionDecisionFellDue.TYPE, ContractEndDrewNear.TYPE);
        JsonNode decision = json.readTree(first.get(0).value());
        assertThat(decision.get("withinDays").asInt()).isEqualTo(30);
        assertThat(decision.get("daysLeft").asInt()).isEqualTo(20);
        assertThat(decision.get("extensionOptionsLeft").asInt()).isEqualTo(1);
        assertThat(decision.get("councilCode").asText()).isEqualTo(council);
        assertThat(json.readTree(first.get(1).value()).get("withinDays").asInt())
                .isEqualTo(90);
        assertSameFields(first.get(0), "extension-decision-due");
        assertSameFields(first.get(1), "contract-ending-soon");
        List<ConsumerRecord<String, String>> endingSoon = alertsOn(ending, 1);
        assertThat(json.readTree(endingSoon.get(0).value()).get("withinDays").asInt())
                .isEqualTo(180);

        alerts.raise(TODAY.plusDays(40));
        List<ConsumerRecord<String, String>> later = alertsOn(extendable, 3);
        assertThat(later).hasSize(3);
        JsonNode last = json.readTree(later.get(2).value());
        assertThat(header(later.get(2), "ce_type")).isEqualTo(ContractEndDrewNear.TYPE);
        assertThat(last.get("withinDays").asInt()).isEqualTo(30);
        assertThat(last.get("daysLeft").asInt()).isEqualTo(20);
        // each contract's key also carries its contract-awarded event
        assertThat(TestKafka.recordsWithKey("contracts.events", ending, Duration.ofSeconds(3), 3))
                .hasSize(2);
        assertThat(TestKafka.recordsWithKey("contracts.events", extendable, Duration.ofSeconds(3), 5))
                .hasSize(4);
    }

    /** The alert events on the contract's key, once there are {@code alerts} of them (after its contract-awarded). */
    private static List<ConsumerRecord<String, String>> alertsOn(String contractId, int alerts) {
        return TestKafka.recordsWithKey("contracts.events", contractId, Duration.ofSeconds(20), alerts + 1).stream()
                .filter(r -> !"org.familysafeguarding.contracts.contract-awarded.v1".equals(header(r, "ce_type")))
                .toList();
    }

    private void assertSameFields(ConsumerRecord<String, String> record, String example) throws Exception {
        assertThat(fieldNames(json.readTree(record.value())))
                .isEqualTo(fieldNames(json.readTree(EventCatalogue.example("contracts", example + ".v1"))));
        EventCatalogue.of("contracts").assertConforms(record);
    }

    /** A contract started 200 days ago, ending in {@code endsIn} days, awarded today to the provider. */
    private static String awarded(String council, UUID provider, int endsIn, String options, Integer decisionIn) {
        String id = planned(council, endsIn, options, decisionIn);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("AWARDED", TODAY.toString(), "CABINET", permittedDirectAward(council), provider))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
        return id;
    }

    private static String planned(String council, int endsIn) {
        return planned(council, endsIn, "[]", null);
    }

    private static String planned(String council, int endsIn, String options, Integer decisionIn) {
        String body = contract(council, null)
                .replace("2025-04-01", TODAY.minusDays(200).toString())
                .replace("2028-03-31", TODAY.plusDays(endsIn).toString())
                .replace("[24, 24]", options)
                .replace("\"2027-09-30\"", decisionIn == null ? "null" : "\"" + TODAY.plusDays(decisionIn) + "\"");
        return asCouncil("commissioner", council)
                .body(body)
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
