package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.messaging.inbound.ContractEnded;
import org.familysafeguarding.caseload.messaging.inbound.ContractWentLive;
import org.familysafeguarding.caseload.readmodel.Commission;
import org.familysafeguarding.caseload.readmodel.CommissionRepository;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ContractsEventsConsumerTest {

    /** The publisher's committed examples: if contracts-service changes them incompatibly, this test fails. */
    static final String WENT_LIVE = EventCatalogue.example("contracts", "contract-went-live.v1");

    static final String ENDED = EventCatalogue.example("contracts", "contract-ended.v1");

    @Inject
    ObjectMapper json;

    @Inject
    CommissionRepository commissions;

    @Test
    void reads_the_publishers_examples() throws Exception {
        ContractWentLive live = json.readValue(WENT_LIVE, ContractWentLive.class);
        assertThat(live.contractId()).isNotNull();
        assertThat(live.councilCode()).isNotBlank();
        assertThat(live.agencyId()).isNotNull();
        assertThat(live.services()).isNotEmpty();
        assertThat(live.liveOn()).isNotNull();
        ContractEnded ended = json.readValue(ENDED, ContractEnded.class);
        assertThat(ended.contractId()).isNotNull();
        assertThat(ended.endedOn()).isNotNull();
        assertThat(ended.services()).isNotEmpty();
    }

    @Test
    void a_contract_that_went_live_commissions_its_agency_for_its_services_until_it_ends() throws Exception {
        UUID contract = UUID.randomUUID();
        ObjectNode live = (ObjectNode) json.readTree(WENT_LIVE);
        live.put("contractId", contract.toString());
        TestKafka.sendCloudEvent(
                "contracts.events",
                contract.toString(),
                UUID.randomUUID().toString(),
                ContractWentLive.TYPE,
                json.writeValueAsString(live));
        await().atMost(Duration.ofSeconds(20)).until(() -> commission(contract) != null);
        Commission commission = commission(contract);
        UUID agency = UUID.fromString(live.get("agencyId").asText());
        String council = live.get("councilCode").asText();
        LocalDate liveOn = LocalDate.parse(live.get("liveOn").asText());
        String service = live.get("services").get(0).asText();
        assertThat(commission.commissions(agency, service, council, liveOn)).isTrue();
        assertThat(commission.commissions(agency, service, council, liveOn.minusDays(1)))
                .isFalse();
        assertThat(commission.commissions(agency, "VOLUNTEERING", council, liveOn))
                .isFalse();

        ObjectNode ended = (ObjectNode) json.readTree(ENDED);
        ended.put("contractId", contract.toString());
        ended.put("endedOn", liveOn.plusYears(1).toString());
        TestKafka.sendCloudEvent(
                "contracts.events",
                contract.toString(),
                UUID.randomUUID().toString(),
                ContractEnded.TYPE,
                json.writeValueAsString(ended));
        await().atMost(Duration.ofSeconds(20)).until(() -> commission(contract).endedOn() != null);
        assertThat(commission(contract).commissions(agency, service, council, liveOn.plusYears(1)))
                .isTrue();
        assertThat(commission(contract)
                        .commissions(
                                agency, service, council, liveOn.plusYears(1).plusDays(1)))
                .isFalse();
    }

    @Test
    void an_unreadable_contract_event_goes_to_the_dead_letter_topic() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "contracts.events",
                key,
                UUID.randomUUID().toString(),
                ContractWentLive.TYPE,
                "{\"contractId\": \"" + key + "\"}");
        assertThat(TestKafka.recordsWithKey("contracts.events.dlq.caseload-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    private Commission commission(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> commissions.findById(id));
    }
}
