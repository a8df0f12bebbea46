package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.messaging.inbound.AccreditationLapsed;
import org.familysafeguarding.contracts.messaging.inbound.AgencyAccredited;
import org.familysafeguarding.contracts.messaging.inbound.CouncilRegistered;
import org.familysafeguarding.contracts.messaging.inbound.CouncilUpdated;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditation;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditationRepository;
import org.familysafeguarding.contracts.readmodel.Council;
import org.familysafeguarding.contracts.readmodel.CouncilRepository;
import org.familysafeguarding.contracts.support.Councils;
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
class CouncilAndAccreditationEventsTest {

    @Inject
    ObjectMapper json;

    @Inject
    CouncilRepository councils;

    @Inject
    AgencyAccreditationRepository accreditations;

    @Test
    void reads_the_publishers_examples() throws Exception {
        CouncilRegistered registered = json.readValue(example("council-registered"), CouncilRegistered.class);
        assertThat(registered.councilCode()).isNotBlank();
        assertThat(registered.decisionThresholds().officerUpTo()).isNotNull();
        assertThat(registered.registeredAt()).isNotNull();
        CouncilUpdated updated = json.readValue(example("council-updated"), CouncilUpdated.class);
        assertThat(updated.decisionThresholds().cabinetMemberUpTo()).isNotNull();
        assertThat(updated.updatedAt()).isNotNull();
        AgencyAccredited accredited = json.readValue(example("agency-accredited"), AgencyAccredited.class);
        assertThat(accredited.agencyId()).isNotNull();
        assertThat(accredited.accreditedOn()).isNotNull();
        AccreditationLapsed lapsed = json.readValue(example("accreditation-lapsed"), AccreditationLapsed.class);
        assertThat(lapsed.lapsedOn()).isNotNull();
    }

    @Test
    void keeps_a_councils_thresholds_and_ignores_an_update_older_than_what_it_holds() throws Exception {
        String code = Councils.newCode();
        ObjectNode registered = exampleFor("council-registered", code);
        ObjectNode newer = exampleFor("council-updated", code);
        newer.put("updatedAt", "2030-01-01T00:00:00Z");
        ((ObjectNode) newer.get("decisionThresholds")).put("officerUpTo", 250000.00);
        ObjectNode older = exampleFor("council-updated", code);
        older.put("updatedAt", "2029-01-01T00:00:00Z");
        ((ObjectNode) older.get("decisionThresholds")).put("officerUpTo", 100000.00);

        send(code, CouncilRegistered.TYPE, registered);
        send(code, CouncilUpdated.TYPE, newer);
        String last = send(code, CouncilUpdated.TYPE, older);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(last));

        Council council = QuarkusTransaction.requiringNew().call(() -> councils.findById(code));
        assertThat(council.decisionThresholds().officerUpTo()).isEqualByComparingTo(new BigDecimal("250000.00"));
    }

    @Test
    void an_accreditation_counts_until_it_lapses() throws Exception {
        UUID agency = UUID.randomUUID();
        String council = Councils.newCode();
        ObjectNode accredited = exampleFor("agency-accredited", council);
        accredited.put("agencyId", agency.toString());
        accredited.put("accreditedOn", "2026-01-01");
        accredited.put("validUntil", "2027-12-31");
        ObjectNode lapsed = exampleFor("accreditation-lapsed", council);
        lapsed.put("agencyId", agency.toString());
        lapsed.put("lapsedOn", "2026-07-01");

        String first = send(agency.toString(), AgencyAccredited.TYPE, accredited);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(first));
        assertThat(accredited(agency, council, "2026-06-30")).isTrue();
        assertThat(accredited(agency, UUID.randomUUID().toString().substring(0, 9), "2026-06-30"))
                .isFalse();

        String second = send(agency.toString(), AccreditationLapsed.TYPE, lapsed);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(second));
        assertThat(accredited(agency, council, "2026-06-30")).isTrue();
        assertThat(accredited(agency, council, "2026-07-01")).isFalse();
        AgencyAccreditation held = QuarkusTransaction.requiringNew()
                .call(() -> accreditations.findById(new AgencyAccreditation.Key(agency, council)));
        assertThat(held.lapseReason()).isEqualTo("CHECK_EXPIRED");
    }

    private boolean accredited(UUID agency, String council, String on) {
        return QuarkusTransaction.requiringNew()
                .call(() -> accreditations.isAccredited(agency, council, LocalDate.parse(on)));
    }

    private String send(String key, String type, ObjectNode payload) throws Exception {
        String id = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("partners.events", key, id, type, json.writeValueAsString(payload));
        return id;
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> councils.getEntityManager()
                                        .createNativeQuery("select count(*) from processed_event where event_id = :id")
                                        .setParameter("id", eventId)
                                        .getSingleResult()
                                instanceof Number n
                        && n.longValue() == 1);
    }

    private ObjectNode exampleFor(String name, String councilCode) throws Exception {
        ObjectNode node = (ObjectNode) json.readTree(example(name));
        node.put("councilCode", councilCode);
        return node;
    }

    /** The publisher's committed example: an incompatible change in partners-service fails these tests. */
    private static String example(String name) {
        return EventCatalogue.example("partners", name + ".v1");
    }
}
