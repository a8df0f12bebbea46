package org.familysafeguarding.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What every service that keeps a copy of partners-service's agencies must do with the events it reads, asserted by
 * what the copy then says through the service's own API: built from the publisher's committed examples (an
 * incompatible change there fails here), once per event however often Kafka delivers it, and never from an event
 * it cannot read or that another source forged. A subclass is a {@code @QuarkusTest} of one consuming service.
 */
public abstract class FollowsPartnerAgencies {

    public static final String TOPIC = "partners.events";
    public static final String REGISTERED = "org.familysafeguarding.partners.agency-registered.v1";
    public static final String UPDATED = "org.familysafeguarding.partners.agency-updated.v1";

    @Inject
    protected ObjectMapper json;

    @Inject
    protected EntityManager entityManager;

    private final String service;
    private final Supplier<String> reader;
    private final String passedOverExample;

    /**
     * @param service the consuming service's name, as in its API path and its dead-letter topic ({@code caseload})
     * @param reader a token of someone the service lets read its agencies
     * @param passedOverExample an event of partners-service this service passes over, by its example's name
     *     ({@code agency-accredited.v1})
     */
    protected FollowsPartnerAgencies(String service, Supplier<String> reader, String passedOverExample) {
        this.service = service;
        this.reader = reader;
        this.passedOverExample = passedOverExample;
    }

    @Test
    void a_redelivered_registration_is_not_applied_again_over_a_rename_of_the_same_moment() throws Exception {
        UUID agencyId = UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String payload = payload("agency-registered.v1", agencyId, "Wealden Recovery Service");
        send(agencyId, registration, REGISTERED, payload);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Wealden Recovery Service".equals(name(agencyId)));
        // the examples' updatedAt is their registeredAt: only the inbox keeps the copy below from undoing the rename
        send(
                agencyId,
                UUID.randomUUID().toString(),
                UPDATED,
                payload("agency-updated.v1", agencyId, "Wealden Recovery and Family Service"));
        send(agencyId, registration, REGISTERED, payload); // the same event again, as Kafka may redeliver it
        // a type this service passes over, after the copy on the same key: once it is done, so is the copy
        String marker = send(
                agencyId,
                UUID.randomUUID().toString(),
                "org.familysafeguarding.partners." + passedOverExample,
                EventCatalogue.example("partners", passedOverExample));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker));

        given().auth()
                .oauth2(reader.get())
                .when()
                .get(agencyPath(agencyId))
                .then()
                .statusCode(200)
                .body("name", equalTo("Wealden Recovery and Family Service"));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String key = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(TOPIC, key, UUID.randomUUID().toString(), REGISTERED, "{\"agencyId\": \"not-a-uuid\"");
        assertThat(TestKafka.recordsWithKey(deadLetterTopic(), key, Duration.ofSeconds(30), 1))
                .hasSize(1);

        UUID next = UUID.randomUUID();
        send(
                next,
                UUID.randomUUID().toString(),
                REGISTERED,
                payload("agency-registered.v1", next, "Downs Family Support"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Downs Family Support".equals(name(next)));
    }

    @Test
    void an_event_whose_source_is_not_the_topics_owner_is_dead_lettered_with_the_reason_and_not_applied()
            throws Exception {
        UUID forged = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                TOPIC,
                forged.toString(),
                UUID.randomUUID().toString(),
                REGISTERED,
                payload("agency-registered.v1", forged, "Forged Agency"),
                "/evil");
        var dead = TestKafka.recordsWithKey(deadLetterTopic(), forged.toString(), Duration.ofSeconds(30), 1);
        assertThat(dead).hasSize(1);
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason"))
                .contains("/evil")
                .contains("/partners-service");
        given().auth()
                .oauth2(reader.get())
                .when()
                .get(agencyPath(forged))
                .then()
                .statusCode(404);
    }

    @Test
    void a_record_without_cloud_event_headers_is_dead_lettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.sendPlain(TOPIC, key, "{}");
        assertThat(TestKafka.recordsWithKey(deadLetterTopic(), key, Duration.ofSeconds(30), 1))
                .hasSize(1);
    }

    protected String payload(String example, UUID agencyId, String name) throws Exception {
        ObjectNode node = EventCatalogue.exampleNode("partners", example);
        node.put("agencyId", agencyId.toString());
        node.put("name", name);
        return json.writeValueAsString(node);
    }

    protected static String send(UUID key, String eventId, String type, String payload) {
        TestKafka.sendCloudEvent(TOPIC, key.toString(), eventId, type, payload);
        return eventId;
    }

    protected String agencyPath(UUID agencyId) {
        return "/api/" + service + "/v1/agencies/" + agencyId;
    }

    private String deadLetterTopic() {
        return TOPIC + ".dlq." + service + "-service";
    }

    protected String name(UUID agencyId) {
        List<?> names = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select name from partner_agency where id = :id")
                        .setParameter("id", agencyId)
                        .getResultList());
        return names.isEmpty() ? null : (String) names.get(0);
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                                .createNativeQuery("select 1 from processed_event where event_id = :id")
                                .setParameter("id", eventId)
                                .getResultList()
                                .size()
                        == 1);
    }
}
