package org.familysafeguarding.caseload.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.caseload.domain.PartnerAgencyRepository;
import org.familysafeguarding.caseload.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.caseload.messaging.inbound.AgencyUpdated;
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

    static final String AGENCY_ACCREDITED = "org.familysafeguarding.partners.agency-accredited.v1";

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
    void a_redelivered_registration_is_not_applied_again_over_a_rename_of_the_same_moment() throws Exception {
        UUID agencyId = UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String payload = payload("agency-registered.v1", agencyId, "Wealden Recovery Service");
        send(agencyId, registration, AgencyRegistered.TYPE, payload);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Wealden Recovery Service".equals(name(agencyId)));
        // the examples' updatedAt is their registeredAt: only the inbox keeps the copy below from undoing the rename
        send(agencyId, UUID.randomUUID().toString(), AgencyUpdated.TYPE,
                payload("agency-updated.v1", agencyId, "Wealden Recovery and Family Service"));
        send(agencyId, registration, AgencyRegistered.TYPE, payload); // the same event again, as Kafka may redeliver it
        String marker = send(agencyId, UUID.randomUUID().toString(), AGENCY_ACCREDITED,
                EventCatalogue.example("partners", "agency-accredited.v1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker));

        given().auth().oauth2(councilStaff("ws-team-manager", "team-manager", "E10000032"))
                .when().get("/api/caseload/v1/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("Wealden Recovery and Family Service"));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("partners.events", key, UUID.randomUUID().toString(), AgencyRegistered.TYPE,
                "{\"agencyId\": \"not-a-uuid\"");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.caseload-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);

        UUID next = UUID.randomUUID();
        send(next, UUID.randomUUID().toString(), AgencyRegistered.TYPE,
                payload("agency-registered.v1", next, "Downs Family Support"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Downs Family Support".equals(name(next)));
    }

    @Test
    void an_event_whose_source_is_not_the_topics_owner_is_dead_lettered_with_the_reason_and_not_applied() throws Exception {
        UUID forged = UUID.randomUUID();
        TestKafka.sendCloudEvent("partners.events", forged.toString(), UUID.randomUUID().toString(),
                AgencyRegistered.TYPE, payload("agency-registered.v1", forged, "Forged Agency"), "/evil");
        var dead = TestKafka.recordsWithKey("partners.events.dlq.caseload-service", forged.toString(),
                Duration.ofSeconds(30), 1);
        assertThat(dead).hasSize(1);
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("/evil").contains("/partners-service");
        given().auth().oauth2(councilStaff("ws-team-manager", "team-manager", "E10000032"))
                .when().get("/api/caseload/v1/agencies/" + forged).then().statusCode(404);
    }

    @Test
    void a_record_without_cloud_event_headers_is_dead_lettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendPlain("partners.events", key, "{}");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.caseload-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    private String payload(String example, UUID agencyId, String name) throws Exception {
        ObjectNode node = EventCatalogue.exampleNode("partners", example);
        node.put("agencyId", agencyId.toString());
        node.put("name", name);
        return json.writeValueAsString(node);
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
