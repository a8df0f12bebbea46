package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.familysafeguarding.platform.testing.TestKafka.header;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class ContractEventsPublicationTest {

    final ObjectMapper json = new ObjectMapper();

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void award_go_live_and_end_are_published_in_order_keyed_by_the_contract_with_the_fields_of_the_examples()
            throws Exception {
        String council = councils.known();
        UUID provider = agencies.accreditedBy(council);
        String id = plan(council, null);
        move(council, id, 0, transition("AWARDED", "2025-01-20", "CABINET", permittedDirectAward(council), provider));
        move(council, id, 1, transition("MOBILISING", "2025-01-21", "OFFICER", null, null));
        move(council, id, 2, transition("LIVE", "2025-04-18", "OFFICER", null, null));
        move(council, id, 3, transition("ENDED", "2026-03-31", "CABINET_MEMBER", null, null));

        List<ConsumerRecord<String, String>> published =
                TestKafka.recordsWithKey("contracts.events", id, Duration.ofSeconds(20), 3);
        assertThat(published)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(
                        "org.familysafeguarding.contracts.contract-awarded.v1",
                        "org.familysafeguarding.contracts.contract-went-live.v1",
                        "org.familysafeguarding.contracts.contract-ended.v1");
        assertThat(published).allSatisfy(r -> {
            assertThat(header(r, "ce_source")).isEqualTo("/contracts-service");
            assertThat(header(r, "ce_subject")).isEqualTo(id);
            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
        });

        JsonNode awarded = json.readTree(published.get(0).value());
        assertThat(awarded.get("councilCode").asText()).isEqualTo(council);
        assertThat(awarded.get("agencyId").asText()).isEqualTo(provider.toString());
        assertThat(awarded.get("serviceType").asText()).isEqualTo("LIGHT_TOUCH_SOCIAL_SERVICES");
        assertThat(awarded.get("awardedOn").asText()).isEqualTo("2025-01-20");
        assertThat(published)
                .allSatisfy(r -> assertThat(json.readTree(r.value()).get("services"))
                        .extracting(JsonNode::asText)
                        .containsExactly("DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", "DOMESTIC_ABUSE_PERPETRATOR_WORK"));
        assertThat(json.readTree(published.get(2).value()).get("endReason").asText())
                .isEqualTo("TERMINATED");

        String[] examples = {"contract-awarded", "contract-went-live", "contract-ended"};
        for (int i = 0; i < examples.length; i++) {
            JsonNode example = json.readTree(EventCatalogue.example("contracts", examples[i] + ".v1"));
            assertThat(fieldNames(json.readTree(published.get(i).value()))).isEqualTo(fieldNames(example));
            EventCatalogue.of("contracts").assertConforms(published.get(i));
        }
    }

    @Test
    void a_refused_award_publishes_nothing() {
        String council = councils.known();
        UUID notAccredited = agencies.known();
        String id = plan(council, null);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(transition("AWARDED", "2025-01-20", "CABINET", permittedDirectAward(council), notAccredited))
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(422);
        assertThat(TestKafka.recordsWithKey("contracts.events", id, Duration.ofSeconds(3), Integer.MAX_VALUE))
                .isEmpty();
    }

    private static void move(String council, String id, int version, String body) {
        asCouncil("commissioner", council)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .when()
                .post(CONTRACTS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
