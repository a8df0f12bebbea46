package org.familysafeguarding.caseload.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.testing.TestKafka.header;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.caseload.domain.probation.FlagStatus;
import org.familysafeguarding.caseload.domain.probation.ProbationActivity;
import org.familysafeguarding.caseload.domain.probation.ProbationActivityRepository;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlagRepository;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChangeRepository;
import org.familysafeguarding.caseload.domain.probation.RiskFlagKind;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEvent;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEventRepository;
import org.familysafeguarding.caseload.domain.probation.WorkerNotification;
import org.familysafeguarding.caseload.messaging.hmpps.ProbationNoticeReader;
import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.caseload.support.ProbationFamily;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Probation's events, as probation would publish them (the shared examples), on the in-JVM broker. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class HmppsDomainEventsConsumerTest {

    static final String TOPIC = "hmpps.domain-events";
    static final String DLQ = "hmpps.domain-events.dlq.caseload-service";

    @Inject
    ObjectMapper json;

    @Inject
    Partnership partnership;

    @Inject
    HmppsEnvelope envelope;

    @Inject
    ProbationRiskFlagRepository flags;

    @Inject
    RiskFlagChangeRepository changes;

    @Inject
    ProbationActivityRepository activities;

    @Inject
    UnmatchedProbationEventRepository unmatched;

    @Inject
    EntityManager entityManager;

    @Test
    void every_shared_example_is_a_valid_envelope_this_service_can_apply() throws Exception {
        var examples = EventCatalogue.examples("hmpps").entrySet().stream()
                .filter(e -> !e.getKey().startsWith("PROPOSAL"))
                .toList();
        assertThat(examples).hasSize(5);
        for (var example : examples) {
            String payload = example.getValue();
            HmppsDomainEvent event = envelope.read(payload);
            assertThat(event.used()).as(example.getKey()).isTrue();
            assertThat(ProbationNoticeReader.check("k", event, payload).crn().value())
                    .matches("X\\d{6}");
        }
    }

    @Test
    void a_child_protection_registration_raises_a_flag_and_tells_the_workers_allocated_to_the_family()
            throws Exception {
        var family = new ProbationFamily(partnership);
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("registration-added-child-protection.json", family.crn));

        ProbationRiskFlag flag =
                await().atMost(Duration.ofSeconds(20)).until(() -> onlyFlag(family.adultId), f -> f != null);
        assertThat(flag.flag()).isEqualTo(RiskFlagKind.CHILD_PROTECTION);
        assertThat(flag.registerCode()).isEqualTo("RCPR");
        assertThat(flag.registrationId()).isEqualTo("2500427774");
        assertThat(flag.registeredOn()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(flag.status()).isEqualTo(FlagStatus.ACTIVE);
        assertThat(flag.familyId().toString()).isEqualTo(family.familyId);
        assertThat(notified(flag.id())).containsExactlyInAnyOrder(family.lead, family.practitioner);

        List<ConsumerRecord<String, String>> published =
                TestKafka.recordsWithKey("caseload.events", flag.id().toString(), Duration.ofSeconds(20), 1);
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> event = published.getFirst();
        assertThat(header(event, "ce_type"))
                .isEqualTo("org.familysafeguarding.caseload.probation-risk-flag-changed.v1");
        assertThat(event.value())
                .doesNotContain(family.crn)
                .doesNotContain(family.adultId)
                .doesNotContain(family.familyId)
                .doesNotContain("Trevail");
        JsonNode body = json.readTree(event.value());
        assertThat(body.get("flag").asText()).isEqualTo("CHILD_PROTECTION");
        assertThat(body.get("change").asText()).isEqualTo("RAISED");
        assertThat(body.get("notifiedPractitionerIds")).hasSize(2);
        assertThat(fieldNames(body))
                .isEqualTo(fieldNames(
                        json.readTree(EventCatalogue.example("caseload", "probation-risk-flag-changed.v1"))));
        EventCatalogue.of("caseload").assertConforms(event);
    }

    @Test
    void a_mappa_registration_deregistered_later_is_closed_with_its_history() throws Exception {
        var family = new ProbationFamily(partnership);
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("registration-added-mappa.json", family.crn));
        ObjectNode deregistered = example("registration-deregistered.json", family.crn);
        ((ObjectNode) deregistered.get("additionalInformation")).put("registerTypeCode", "MAPP");
        TestKafka.sendPlain(TOPIC, family.crn, json.writeValueAsString(deregistered));

        ProbationRiskFlag flag = await().atMost(Duration.ofSeconds(20))
                .until(() -> onlyFlag(family.adultId), f -> f != null && f.status() == FlagStatus.CLOSED);
        assertThat(flag.flag()).isEqualTo(RiskFlagKind.MAPPA);
        assertThat(flag.categoryCode()).isEqualTo("M1");
        assertThat(flag.levelCode()).isEqualTo("M3");
        assertThat(flag.endedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(history(flag.id())).containsExactly(RiskFlagChange.Kind.RAISED, RiskFlagChange.Kind.CLOSED);
    }

    @Test
    void an_update_changes_the_level_and_a_deletion_removes_the_flag_keeping_it_in_the_history() throws Exception {
        var family = new ProbationFamily(partnership);
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("registration-added-mappa.json", family.crn));
        ObjectNode updated = example("registration-added-mappa.json", family.crn);
        updated.put("eventType", "probation-case.registration.updated");
        updated.put("occurredAt", "2025-04-02T09:00:00+01:00[Europe/London]");
        ((ObjectNode) updated.get("additionalInformation")).put("registrationLevelCode", "M2");
        TestKafka.sendPlain(TOPIC, family.crn, json.writeValueAsString(updated));
        ObjectNode deleted = example("registration-added-mappa.json", family.crn);
        deleted.put("eventType", "probation-case.registration.deleted");
        deleted.put("occurredAt", "2025-04-03T09:00:00+01:00[Europe/London]");
        TestKafka.sendPlain(TOPIC, family.crn, json.writeValueAsString(deleted));

        ProbationRiskFlag flag = await().atMost(Duration.ofSeconds(20))
                .until(() -> onlyFlag(family.adultId), f -> f != null && f.status() == FlagStatus.REMOVED);
        assertThat(flag.levelCode()).isEqualTo("M2");
        assertThat(flag.endedOn()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(history(flag.id()))
                .containsExactly(RiskFlagChange.Kind.RAISED, RiskFlagChange.Kind.UPDATED, RiskFlagChange.Kind.REMOVED);
    }

    @Test
    void a_register_code_no_mapping_names_is_kept_as_other_with_its_code() throws Exception {
        var family = new ProbationFamily(partnership);
        ObjectNode event = example("registration-added-child-protection.json", family.crn);
        ((ObjectNode) event.get("additionalInformation")).put("registerTypeCode", "ZQX9");
        TestKafka.sendPlain(TOPIC, family.crn, json.writeValueAsString(event));
        ProbationRiskFlag flag =
                await().atMost(Duration.ofSeconds(20)).until(() -> onlyFlag(family.adultId), f -> f != null);
        assertThat(flag.flag()).isEqualTo(RiskFlagKind.OTHER);
        assertThat(flag.registerCode()).isEqualTo("ZQX9");
    }

    @Test
    void an_event_for_a_crn_no_adult_holds_is_kept_and_applied_only_when_a_team_manager_confirms_the_match()
            throws Exception {
        String crn = ProbationFamily.newCrn();
        TestKafka.sendPlain(TOPIC, crn, forCrn("registration-added-child-protection.json", crn));
        UnmatchedProbationEvent kept = await().atMost(Duration.ofSeconds(20)).until(() -> waiting(crn), k -> k != null);
        assertThat(kept.eventType()).isEqualTo("probation-case.registration.added");
        assertThat(kept.registerCode()).isEqualTo("RCPR");
        assertThat(kept.matchedAt()).isNull();

        String[] made = newFamilyWithChild();
        String adult = ProbationFamily.recordAdult(made[0], made[1], crn);
        assertThat(onlyFlag(adult))
                .as("recording the CRN alone releases nothing")
                .isNull();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> unmatched.findById(kept.id()).matchedAt()))
                .isNull();

        String manager = org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                "tm-" + crn, "team-manager", ProbationFamily.COUNCIL);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .queryParam("size", 100)
                .when()
                .get("/api/caseload/v1/probation/awaiting-match")
                .then()
                .statusCode(200)
                .body("items.adultId", org.hamcrest.Matchers.hasItem(adult));
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(ProbationFamily.socialWorker())
                .when()
                .post("/api/caseload/v1/adults/" + adult + "/probation-match")
                .then()
                .statusCode(403);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                        "tm-other", "team-manager", "E10000025"))
                .when()
                .post("/api/caseload/v1/adults/" + adult + "/probation-match")
                .then()
                .statusCode(404);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(manager)
                .when()
                .post("/api/caseload/v1/adults/" + adult + "/probation-match")
                .then()
                .statusCode(200)
                .body("eventsApplied", org.hamcrest.Matchers.equalTo(1));
        ProbationRiskFlag flag = onlyFlag(adult);
        assertThat(flag).isNotNull();
        assertThat(flag.flag()).isEqualTo(RiskFlagKind.CHILD_PROTECTION);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> unmatched.findById(kept.id()).matchedAt()))
                .isNotNull();
    }

    @Test
    void a_malformed_event_goes_to_the_dead_letter_topic_with_the_reason() throws Exception {
        String noDate = UUID.randomUUID().toString();
        ObjectNode schemaless = example("registration-added-child-protection.json", ProbationFamily.newCrn());
        schemaless.remove("occurredAt");
        TestKafka.sendPlain(TOPIC, noDate, json.writeValueAsString(schemaless));
        String badZone = UUID.randomUUID().toString();
        ObjectNode zone = example("registration-added-child-protection.json", ProbationFamily.newCrn());
        ((ObjectNode) zone.get("additionalInformation")).put("registrationDate", "Thu Jun 19 00:00:00 XYZ 2025");
        TestKafka.sendPlain(TOPIC, badZone, json.writeValueAsString(zone));
        String badCrn = UUID.randomUUID().toString();
        TestKafka.sendPlain(TOPIC, badCrn, forCrn("registration-added-child-protection.json", "77X7776"));
        String notJson = UUID.randomUUID().toString();
        TestKafka.sendPlain(TOPIC, notJson, "{\"eventType\": ");

        assertThat(reason(noDate)).contains("envelope schema").contains("occurredAt");
        assertThat(reason(badZone)).contains("registrationDate").contains("XYZ");
        assertThat(reason(badCrn)).contains("not a probation CRN");
        assertThat(reason(notJson)).contains("not JSON");
    }

    @Test
    void the_same_event_delivered_twice_is_applied_once() throws Exception {
        var family = new ProbationFamily(partnership);
        String payload = forCrn("registration-added-child-protection.json", family.crn);
        String ceId = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(TOPIC, family.crn, ceId, "probation-case.registration.added", payload);
        TestKafka.sendCloudEvent(TOPIC, family.crn, ceId, "probation-case.registration.added", payload);
        TestKafka.sendPlain(TOPIC, family.crn, payload);
        TestKafka.sendPlain(TOPIC, family.crn, payload);
        // a later event on the same key is applied after the four before it
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("engagement-created.json", family.crn));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !activity(family.adultId).isEmpty());

        ProbationRiskFlag flag = onlyFlag(family.adultId);
        assertThat(history(flag.id())).containsExactly(RiskFlagChange.Kind.RAISED);
        assertThat(notified(flag.id())).hasSize(2);
    }

    @Test
    void a_community_manager_allocation_and_a_new_probation_case_are_kept_as_activity() throws Exception {
        var family = new ProbationFamily(partnership);
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("community-manager-allocated.json", family.crn));
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("engagement-created.json", family.crn));
        List<ProbationActivity> kept =
                await().atMost(Duration.ofSeconds(20)).until(() -> activity(family.adultId), a -> a.size() == 2);
        assertThat(kept)
                .extracting(ProbationActivity::kind)
                .containsExactly(
                        ProbationActivity.Kind.ENGAGEMENT_CREATED, ProbationActivity.Kind.COMMUNITY_MANAGER_ALLOCATED);
        assertThat(kept.get(1).reference()).isEqualTo("6abd8aa1-7552-4f7c-bcec-be1eae8c4bf3");
    }

    @Test
    void events_of_types_not_used_here_are_passed_over() throws Exception {
        var family = new ProbationFamily(partnership);
        ObjectNode other = example("engagement-created.json", family.crn);
        other.put("eventType", "prison-offender-events.prisoner.released");
        TestKafka.sendPlain(TOPIC, family.crn, json.writeValueAsString(other));
        TestKafka.sendPlain(TOPIC, family.crn, forCrn("engagement-created.json", family.crn));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> activity(family.adultId).size() == 1);
        assertThat(TestKafka.recordsWithKey(DLQ, family.crn, Duration.ofSeconds(2), 1))
                .isEmpty();
        assertThat(onlyFlag(family.adultId)).isNull();
    }

    private String reason(String key) {
        List<ConsumerRecord<String, String>> dead = TestKafka.recordsWithKey(DLQ, key, Duration.ofSeconds(30), 1);
        assertThat(dead).hasSize(1);
        return header(dead.getFirst(), "dead-letter-reason");
    }

    private String forCrn(String example, String crn) throws Exception {
        return json.writeValueAsString(example(example, crn));
    }

    private ObjectNode example(String name, String crn) throws Exception {
        ObjectNode event = EventCatalogue.exampleNode("hmpps", name.replaceFirst("\\.json$", ""));
        ((ObjectNode) event.get("personReference").get("identifiers").get(0)).put("value", crn);
        return event;
    }

    private String[] newFamilyWithChild() {
        var sw = ProbationFamily.socialWorker();
        String familyId = io.restassured.RestAssured.given()
                .auth()
                .oauth2(sw)
                .contentType("application/json")
                .body("{\"name\": \"Polglase family\"}")
                .when()
                .post(ProbationFamily.BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String childId = io.restassured.RestAssured.given()
                .auth()
                .oauth2(sw)
                .contentType("application/json")
                .body("""
                {"givenName": "Ivo", "familyName": "Polglase", "dateOfBirth": "2021-01-02", "sex": "M",
                 "ethnicity": "WBRI", "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(("Q" + UUID.randomUUID().toString().replace("-", "")).substring(0, 9)))
                .when()
                .post(ProbationFamily.BASE + "/families/" + familyId + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        return new String[] {familyId, childId};
    }

    private ProbationRiskFlag onlyFlag(String adultId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var found = flags.ofAdult(UUID.fromString(adultId));
            assertThat(found).hasSizeLessThanOrEqualTo(1);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private List<RiskFlagChange.Kind> history(UUID flagId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> changes.ofFlag(flagId).stream()
                        .map(RiskFlagChange::change)
                        .toList());
    }

    private List<UUID> notified(UUID flagId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from WorkerNotification n where n.flagId = :flag", WorkerNotification.class)
                        .setParameter("flag", flagId)
                        .getResultList()
                        .stream()
                        .map(WorkerNotification::practitionerId)
                        .toList());
    }

    private List<ProbationActivity> activity(String adultId) {
        return QuarkusTransaction.requiringNew().call(() -> activities.ofAdult(UUID.fromString(adultId)));
    }

    private UnmatchedProbationEvent waiting(String crn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var found = unmatched.waitingFor(crn);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
