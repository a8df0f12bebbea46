package org.familysafeguarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.as;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.created;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Probation's risk registration reaches the family's workers, and their work with the person
 * reaches probation, across the real broker and the gateway: a West Sussex family whose father is
 * on probation (an invented CRN) is allocated to the demo social worker and the father to the
 * Change, Grow, Live practitioner; probation publishes a child protection registration for the
 * CRN on hmpps.domain-events; the practitioner then records a session, and a contact record for
 * the CRN leaves on caseload.probation-contacts, without the notes.
 */
class ProbationExchangeE2ETest {

    static final String KAFKA = "127.0.0.1:9092";
    static final String CASELOAD = Stack.GATEWAY + "/api/caseload/v1";
    static final String WEST_SUSSEX = TenantFixtures.OWN_COUNCIL;
    static final ObjectMapper JSON = new ObjectMapper();

    record ProbationFamily(String crn, String familyId, String childId, String adultId) {}

    private static ProbationFamily family;

    /** One family for both tests, made through the gateway the way the council would. */
    static synchronized ProbationFamily family() {
        if (family != null) {
            return family;
        }
        InterventionToKpiE2ETest.liveSubstanceUseContract(); // Change, Grow, Live commissioned for substance use
        String socialWorker =
                TenantFixtures.practitionerId(TenantFixtures.IN_HOUSE_AGENCY.get(WEST_SUSSEX), "ws-social-worker");
        String cglWorker = TenantFixtures.practitionerId(TenantFixtures.OWN_AGENCY, "cgl-practitioner");
        String team = InterventionToKpiE2ETest.teamOf(socialWorker);
        String crn = "E%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        String surname = "Penrose" + UUID.randomUUID().toString().substring(0, 4);
        String familyId = created(as("ws-social-worker")
                .body("{\"name\": \"%s family\"}".formatted(surname))
                .when()
                .post(CASELOAD + "/families"));
        String child = created(as("ws-social-worker")
                .body("""
                {"givenName": "Morwenna", "familyName": "%s", "dateOfBirth": "2019-09-14", "sex": "F",
                 "ethnicity": "WBRI", "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(surname, ("P" + UUID.randomUUID().toString().replace("-", "")).substring(0, 10)))
                .when()
                .post(CASELOAD + "/families/" + familyId + "/children"));
        String father = created(as("ws-social-worker")
                .body("""
                {"givenName": "Jory", "familyName": "%s", "dateOfBirth": "1987-11-30", "crn": "%s",
                 "relationships": [{"childId": "%s", "relationship": "FATHER"}]}""".formatted(surname, crn, child))
                .when()
                .post(CASELOAD + "/families/" + familyId + "/adults"));
        created(as("ws-team-manager")
                .body("{\"teamId\": \"%s\", \"practitionerId\": \"%s\"}".formatted(team, socialWorker))
                .when()
                .post(CASELOAD + "/families/" + familyId + "/allocations"));
        // caseload-service learns of the contract from contracts.events
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> as("ws-team-manager")
                                .body("{\"practitionerId\": \"%s\", \"specialism\": \"SUBSTANCE_USE\"}"
                                        .formatted(cglWorker))
                                .when()
                                .post(CASELOAD + "/adults/" + father + "/allocations")
                                .statusCode()
                        == 201);
        family = new ProbationFamily(crn, familyId, child, father);
        return family;
    }

    @Test
    void a_registration_event_for_a_crn_of_a_demo_adult_raises_a_flag_visible_to_the_allocated_practitioner_only()
            throws Exception {
        ProbationFamily f = family();
        publish("hmpps.domain-events", f.crn(), registration(f.crn()));

        List<String> flags = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> as("cgl-practitioner")
                                .when()
                                .get(CASELOAD + "/adults/" + f.adultId() + "/risk-flags")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("flags.flag"),
                        found -> !found.isEmpty());
        assertThat(flags).containsExactly("CHILD_PROTECTION");
        String registeredOn = as("cgl-practitioner")
                .when()
                .get(CASELOAD + "/adults/" + f.adultId() + "/risk-flags")
                .then()
                .statusCode(200)
                .extract()
                .path("flags[0].registeredOn");
        assertThat(registeredOn).isEqualTo("2025-06-19");
        // the family's social worker too; practitioners not allocated to him (same team, or another council) do not
        assertThat(flagsSeenBy("ws-social-worker", f)).isEqualTo(200);
        assertThat(flagsSeenBy("probation-practitioner", f)).isEqualTo(404);
        assertThat(flagsSeenBy("spft-practitioner", f)).isEqualTo(404);
        assertThat(flagsSeenBy("tp-practitioner", f)).isEqualTo(404);
        assertThat(flagsSeenBy("ox-social-worker", f)).isEqualTo(404);
        assertThat(flagsSeenBy("ws-analyst", f)).isEqualTo(403);

        // both allocated workers were told; the other practitioners were not
        for (String worker : List.of("cgl-practitioner", "ws-social-worker")) {
            List<String> told = as(worker)
                    .when()
                    .get(CASELOAD + "/notifications?size=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.findAll { it.flag == 'CHILD_PROTECTION' }.adultId");
            assertThat(told).as(worker).contains(f.adultId());
        }
        List<String> toldOther = as("spft-practitioner")
                .when()
                .get(CASELOAD + "/notifications?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.adultId");
        assertThat(toldOther).doesNotContain(f.adultId());
    }

    @Test
    void a_session_recorded_with_the_adult_sends_probation_a_contact_record_without_the_notes() throws Exception {
        ProbationFamily f = family();
        String intervention = created(as("cgl-practitioner")
                .body("""
                {"type": "ONE_TO_ONE_SESSION", "occurredOn": "%s", "durationMinutes": 50,
                 "notes": "Talked about the weekend; confidential to the agency.", "notesShared": false}""".formatted(LocalDate.now()))
                .when()
                .post(CASELOAD + "/adults/" + f.adultId() + "/interventions"));

        List<ConsumerRecord<String, String>> contacts =
                recordsWithKey("caseload.probation-contacts", intervention, Duration.ofSeconds(30));
        assertThat(contacts).hasSize(1);
        ConsumerRecord<String, String> contact = contacts.getFirst();
        assertThat(new String(contact.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("org.familysafeguarding.caseload.probation-contact-recorded.v1");
        assertThat(contact.value())
                .doesNotContain("confidential")
                .doesNotContain("Penrose")
                .doesNotContain(f.adultId());
        JsonNode body = JSON.readTree(contact.value());
        assertThat(body.get("eventType").asText()).isEqualTo("family-safeguarding.contact.recorded");
        assertThat(body.at("/personReference/identifiers/0/value").asText()).isEqualTo(f.crn());
        assertThat(body.at("/additionalInformation/contactId").asText()).isEqualTo(intervention);
        assertThat(body.at("/additionalInformation/contactType").asText()).isEqualTo("ONE_TO_ONE_SESSION");
        assertThat(body.at("/additionalInformation/durationMinutes").asInt()).isEqualTo(50);
        assertThat(body.at("/additionalInformation/localAuthorityGssCode").asText())
                .isEqualTo(WEST_SUSSEX);
    }

    static int flagsSeenBy(String username, ProbationFamily f) {
        return as(username)
                .when()
                .get(CASELOAD + "/adults/" + f.adultId() + "/risk-flags")
                .statusCode();
    }

    /** The shared child protection example, for this CRN. */
    static String registration(String crn) throws Exception {
        ObjectNode event;
        try (var in = ProbationExchangeE2ETest.class
                .getClassLoader()
                .getResourceAsStream("events/hmpps/examples/registration-added-child-protection.json")) {
            event = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) event.at("/personReference/identifiers/0")).put("value", crn);
        event.put("occurredAt", "2025-06-19T18:35:59.442+01:00[Europe/London]");
        return JSON.writeValueAsString(event);
    }

    static void publish(String topic, String key, String value) throws Exception {
        Map<String, Object> config =
                Stack.kafkaClient("probation", Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, Duration within) {
        Map<String, Object> config = Stack.kafkaClient(
                "probation",
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "e2e-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"));
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline && found.isEmpty()) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
