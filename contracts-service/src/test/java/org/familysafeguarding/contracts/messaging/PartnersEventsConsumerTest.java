package org.familysafeguarding.contracts.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.contracts.domain.PartnerAgencyRepository;
import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
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

/** Agencies from partners-service's events, built from its committed examples (an incompatible change there fails here). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PartnersEventsConsumerTest {

    static final String AGREEMENT_SIGNED = "org.familysafeguarding.partners.agreement-signed.v1";

    @Inject
    ObjectMapper json;
    @Inject
    PartnerAgencyRepository agencies;
    @Inject
    EntityManager entityManager;

    @Test
    void reads_the_publishers_example_of_agency_registered() throws Exception {
        AgencyRegistered event = json.readValue(EventCatalogue.example("partners", "agency-registered.v1"),
                AgencyRegistered.class);
        assertThat(event.agencyId()).isNotNull();
        assertThat(event.name()).isNotBlank();
        assertThat(event.kind()).isNotBlank();
        assertThat(event.registeredAt()).isNotNull();
    }

    @Test
    void a_renamed_agency_is_known_by_its_new_name_and_the_publishers_example_of_agency_updated_reads() throws Exception {
        AgencyUpdated example = json.readValue(EventCatalogue.example("partners", "agency-updated.v1"), AgencyUpdated.class);
        assertThat(example.agencyId()).isNotNull();
        assertThat(example.updatedAt()).isNotNull();
        UUID agencyId = UUID.randomUUID();
        send(agencyId, UUID.randomUUID().toString(), AgencyRegistered.TYPE, registered(agencyId, "Downland Recovery"));
        send(agencyId, UUID.randomUUID().toString(), AgencyUpdated.TYPE,
                updated(agencyId, "Downland Recovery and Family Support"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Downland Recovery and Family Support".equals(name(agencyId)));
        given().auth().oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when().get("/api/contracts/v1/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("Downland Recovery and Family Support"))
                .body("kind", equalTo(example.kind()));
    }

    @Test
    void a_redelivered_registration_is_not_applied_again_over_a_later_rename() throws Exception {
        UUID agencyId = UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String payload = registered(agencyId, "Wealden Recovery Service");
        send(agencyId, registration, AgencyRegistered.TYPE, payload);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Wealden Recovery Service".equals(name(agencyId)));
        send(agencyId, UUID.randomUUID().toString(), AgencyUpdated.TYPE,
                updated(agencyId, "Wealden Recovery and Family Service"));
        send(agencyId, registration, AgencyRegistered.TYPE, payload); // the same event again, as Kafka may redeliver it
        // a type this service passes over, after the copy on the same key: once it is done, so is the copy
        String marker = send(agencyId, UUID.randomUUID().toString(), AGREEMENT_SIGNED,
                EventCatalogue.example("partners", "agreement-signed.v1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker));

        given().auth().oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when().get("/api/contracts/v1/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("Wealden Recovery and Family Service"));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("partners.events", key, UUID.randomUUID().toString(), AgencyRegistered.TYPE,
                "{\"agencyId\": \"not-a-uuid\"");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.contracts-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);

        UUID next = UUID.randomUUID();
        send(next, UUID.randomUUID().toString(), AgencyRegistered.TYPE, registered(next, "Downs Family Support"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Downs Family Support".equals(name(next)));
    }

    @Test
    void a_record_without_cloud_event_headers_is_dead_lettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendPlain("partners.events", key, "{}");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.contracts-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    private String registered(UUID agencyId, String name) throws Exception {
        ObjectNode example = EventCatalogue.exampleNode("partners", "agency-registered.v1");
        example.put("agencyId", agencyId.toString());
        example.put("name", name);
        return json.writeValueAsString(example);
    }

    private String updated(UUID agencyId, String name) throws Exception {
        ObjectNode example = EventCatalogue.exampleNode("partners", "agency-updated.v1");
        example.put("agencyId", agencyId.toString());
        example.put("name", name);
        example.put("updatedAt", "2030-01-01T00:00:00Z");
        return json.writeValueAsString(example);
    }

    private static String send(UUID key, String eventId, String type, String payload) {
        TestKafka.sendCloudEvent("partners.events", key.toString(), eventId, type, payload);
        return eventId;
    }

    private String name(UUID agencyId) {
        return QuarkusTransaction.requiringNew().call(() -> agencies.findByIdOptional(agencyId).map(a -> a.name())
                .orElse(null));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select 1 from processed_event where event_id = :id")
                .setParameter("id", eventId).getResultList().size() == 1);
    }
}
