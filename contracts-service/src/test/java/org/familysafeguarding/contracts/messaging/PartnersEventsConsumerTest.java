package org.familysafeguarding.contracts.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.contracts.domain.PartnerAgencyRepository;
import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.messaging.inbound.AgencyUpdated;
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
class PartnersEventsConsumerTest {

    /** The publisher's committed example: if partners-service changes it incompatibly, this test fails. */
    static final Path PUBLISHER_EXAMPLE = Path.of("../partners-service/events/examples/agency-registered.v1.json");

    @Inject
    ObjectMapper json;
    @Inject
    PartnerAgencyRepository agencies;
    @Inject
    EntityManager entityManager;

    @Test
    void reads_the_publishers_example_of_agency_registered() throws Exception {
        AgencyRegistered event = json.readValue(Files.readString(PUBLISHER_EXAMPLE), AgencyRegistered.class);
        assertThat(event.agencyId()).isNotNull();
        assertThat(event.name()).isNotBlank();
        assertThat(event.kind()).isNotBlank();
        assertThat(event.registeredAt()).isNotNull();
    }

    @Test
    void a_renamed_agency_is_known_by_its_new_name_and_the_publishers_example_of_agency_updated_reads() throws Exception {
        AgencyUpdated example = json.readValue(Files.readString(Path.of("../partners-service/events/examples/agency-updated.v1.json")),
                AgencyUpdated.class);
        assertThat(example.agencyId()).isNotNull();
        assertThat(example.updatedAt()).isNotNull();
        UUID agencyId = UUID.randomUUID();
        TestKafka.sendCloudEvent("partners.events", agencyId.toString(), UUID.randomUUID().toString(),
                AgencyRegistered.TYPE, examplePayloadFor(agencyId, "Downland Recovery"));
        com.fasterxml.jackson.databind.node.ObjectNode renamed = (com.fasterxml.jackson.databind.node.ObjectNode) json
                .readTree(Files.readString(Path.of("../partners-service/events/examples/agency-updated.v1.json")));
        renamed.put("agencyId", agencyId.toString());
        renamed.put("name", "Downland Recovery and Family Support");
        TestKafka.sendCloudEvent("partners.events", agencyId.toString(), UUID.randomUUID().toString(), AgencyUpdated.TYPE,
                json.writeValueAsString(renamed));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Downland Recovery and Family Support".equals(
                QuarkusTransaction.requiringNew().call(() -> agencies.findByIdOptional(agencyId).map(a -> a.name()).orElse(null))));
        given().auth().oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when().get("/api/contracts/v1/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("Downland Recovery and Family Support"));
    }

    @Test
    void records_a_registered_agency_once_even_when_the_event_arrives_twice() throws Exception {
        UUID agencyId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = examplePayloadFor(agencyId, "Wealden Recovery Service");
        TestKafka.sendCloudEvent("partners.events", agencyId.toString(), eventId, AgencyRegistered.TYPE, payload);
        TestKafka.sendCloudEvent("partners.events", agencyId.toString(), eventId, AgencyRegistered.TYPE, payload);

        await().atMost(Duration.ofSeconds(20)).until(() -> processedCount(eventId) == 1);
        // The second copy follows the first on the same partition; give it time to be (not) applied.
        UUID marker = UUID.randomUUID();
        TestKafka.sendCloudEvent("partners.events", agencyId.toString(), marker.toString(), AgencyRegistered.TYPE,
                examplePayloadFor(agencyId, "Wealden Recovery Service"));
        await().atMost(Duration.ofSeconds(20)).until(() -> processedCount(marker.toString()) == 1);

        assertThat(processedCount(eventId)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> agencies.count("id", agencyId))).isEqualTo(1);
        given().auth().oauth2(councilStaff("ws-commissioner", "commissioner", "E10000032"))
                .when().get("/api/contracts/v1/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("Wealden Recovery Service"));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("partners.events", key, UUID.randomUUID().toString(), AgencyRegistered.TYPE,
                "{\"agencyId\": \"not-a-uuid\"");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.contracts-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);

        UUID next = UUID.randomUUID();
        TestKafka.sendCloudEvent("partners.events", next.toString(), UUID.randomUUID().toString(),
                AgencyRegistered.TYPE, examplePayloadFor(next, "Downs Family Support"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> agencies.count("id", next)) == 1);
    }

    @Test
    void a_record_without_cloud_event_headers_is_dead_lettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendPlain("partners.events", key, "{}");
        assertThat(TestKafka.recordsWithKey("partners.events.dlq.contracts-service", key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    private String examplePayloadFor(UUID agencyId, String name) throws Exception {
        ObjectNode example = (ObjectNode) json.readTree(Files.readString(PUBLISHER_EXAMPLE));
        example.put("agencyId", agencyId.toString());
        example.put("name", name);
        return json.writeValueAsString(example);
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
