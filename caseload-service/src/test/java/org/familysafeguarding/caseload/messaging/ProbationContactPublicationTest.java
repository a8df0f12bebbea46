package org.familysafeguarding.caseload.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestKafka.header;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.caseload.support.ProbationFamily;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** Work with a person on probation is told to probation, on its own topic, in the HMPPS envelope, without notes. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ProbationContactPublicationTest {

    static final String TOPIC = "caseload.probation-contacts";
    final ObjectMapper json = new ObjectMapper();

    @Inject
    Partnership partnership;

    @Inject
    HmppsEnvelope envelope;

    @Test
    void an_intervention_with_an_adult_on_probation_sends_a_contact_record_without_notes() throws Exception {
        var family = new ProbationFamily(partnership);
        String id = record(family.practitionerToken(), family.adultId);

        List<ConsumerRecord<String, String>> sent = TestKafka.recordsWithKey(TOPIC, id, Duration.ofSeconds(20), 1);
        assertThat(sent).hasSize(1);
        ConsumerRecord<String, String> contact = sent.getFirst();
        assertThat(header(contact, "ce_type"))
                .isEqualTo("org.familysafeguarding.caseload.probation-contact-recorded.v1");
        assertThat(header(contact, "ce_source")).isEqualTo("/caseload-service");
        assertThat(contact.value())
                .doesNotContain("Private words")
                .doesNotContain("Trevail")
                .doesNotContain(family.adultId)
                .doesNotContain(family.familyId);

        JsonNode body = json.readTree(contact.value());
        envelope.read(contact.value()); // valid against the HMPPS envelope schema
        assertThat(body.get("eventType").asText()).isEqualTo("family-safeguarding.contact.recorded");
        assertThat(body.at("/personReference/identifiers/0/type").asText()).isEqualTo("CRN");
        assertThat(body.at("/personReference/identifiers/0/value").asText()).isEqualTo(family.crn);
        JsonNode info = body.get("additionalInformation");
        assertThat(info.get("contactId").asText()).isEqualTo(id);
        assertThat(info.get("contactDate").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(info.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(info.get("contactType").asText()).isEqualTo("ONE_TO_ONE_SESSION");
        assertThat(info.get("practitionerRole").asText()).isEqualTo("SUBSTANCE_USE");
        assertThat(info.get("localAuthorityGssCode").asText()).isEqualTo(ProbationFamily.COUNCIL);
        assertThat(info.get("sensitive").asBoolean()).isTrue();

        JsonNode example = json.readTree(EventCatalogue.example("caseload", "probation-contact-recorded.v1"));
        EventCatalogue.of("caseload").assertConforms(contact);
        assertThat(fieldNames(body)).isEqualTo(fieldNames(example));
        assertThat(fieldNames(info)).isEqualTo(fieldNames(example.get("additionalInformation")));
        // and the proposal's envelope, less what this service does not hold (times of day, a detail URL)
        JsonNode proposal = json.readTree(EventCatalogue.example("hmpps", "PROPOSAL-fsm-contact-requested"));
        Set<String> proposed = fieldNames(proposal);
        proposed.remove("detailUrl");
        assertThat(fieldNames(body)).isEqualTo(proposed);

        // the contact never goes on caseload.events, which every service reads
        List<ConsumerRecord<String, String>> onEvents =
                TestKafka.recordsWithKey("caseload.events", id, Duration.ofSeconds(10), 1);
        assertThat(onEvents)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly("org.familysafeguarding.caseload.intervention-recorded.v1");
    }

    @Test
    void an_intervention_with_an_adult_who_has_no_crn_sends_nothing_to_probation() {
        var family = new ProbationFamily(partnership);
        String[] made = {family.familyId, family.childId};
        // a second adult of the same family, not on probation; the family's lead social worker records the work
        String other = given().auth()
                .oauth2(family.leadToken())
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Kit", "familyName": "Trevail", "dateOfBirth": "1990-01-02",
                 "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(made[1]))
                .when()
                .post(ProbationFamily.BASE + "/families/" + made[0] + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        String id = record(family.leadToken(), other);
        assertThat(TestKafka.recordsWithKey("caseload.events", id, Duration.ofSeconds(20), 1))
                .hasSize(1);
        assertThat(TestKafka.recordsWithKey(TOPIC, id, Duration.ofSeconds(3), 1))
                .isEmpty();
    }

    private static String record(String token, String adultId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"type": "ONE_TO_ONE_SESSION", "occurredOn": "%s", "durationMinutes": 45,
                 "notes": "Private words about the parent"}""".formatted(LocalDate.now()))
                .when()
                .post(ProbationFamily.BASE + "/adults/" + adultId + "/interventions")
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
