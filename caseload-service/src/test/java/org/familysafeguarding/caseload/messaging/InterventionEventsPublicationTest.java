package org.familysafeguarding.caseload.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestKafka.header;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.familysafeguarding.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class InterventionEventsPublicationTest {

    static final String BASE = "/api/caseload/v1";
    static final String COUNCIL = "E10000032";
    final ObjectMapper json = new ObjectMapper();

    @Inject
    Partnership partnership;

    @Test
    void recorded_and_voided_are_published_keyed_by_the_intervention_with_the_fields_of_the_examples()
            throws Exception {
        String sw = TestTokens.councilStaff("sw-" + COUNCIL, "social-worker", COUNCIL);
        UUID agency = partnership.commissionedAgency(COUNCIL, "SUBSTANCE_USE");
        UUID team = partnership.team(COUNCIL, Partnership.LIMITS);
        String login = "su-pub-" + UUID.randomUUID().toString().substring(0, 8);
        UUID practitioner = partnership.practitioner(agency, "ADULT_PRACTITIONER_SUBSTANCE_USE", login, team, COUNCIL);
        String family = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Penhale family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String adult = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Jo\", \"familyName\": \"Penhale\"}")
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        given().auth()
                .oauth2(TestTokens.councilStaff("tm", "team-manager", COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"practitionerId\": \"%s\", \"specialism\": \"SUBSTANCE_USE\"}".formatted(practitioner))
                .when()
                .post(BASE + "/adults/" + adult + "/allocations")
                .then()
                .statusCode(201);
        String token = TestTokens.agencyStaff(login, "practitioner", agency.toString());
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                        {"type": "DRUG_TEST", "occurredOn": "%s", "durationMinutes": 30, "testResult": "NEGATIVE",
                         "notes": "Private words about the parent"}""".formatted(LocalDate.now()))
                .when()
                .post(BASE + "/adults/" + adult + "/interventions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Entered twice\"}")
                .when()
                .post(BASE + "/interventions/" + id + "/voiding")
                .then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> published =
                TestKafka.recordsWithKey("caseload.events", id, Duration.ofSeconds(20), 2);
        assertThat(published)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(
                        "org.familysafeguarding.caseload.intervention-recorded.v1",
                        "org.familysafeguarding.caseload.intervention-voided.v1");
        assertThat(published).allSatisfy(r -> {
            assertThat(header(r, "ce_source")).isEqualTo("/caseload-service");
            assertThat(header(r, "ce_subject")).isEqualTo(id);
            assertThat(r.value())
                    .doesNotContain("Private words")
                    .doesNotContain("Penhale")
                    .doesNotContain(adult);
        });
        JsonNode recorded = json.readTree(published.get(0).value());
        assertThat(recorded.get("councilCode").asText()).isEqualTo(COUNCIL);
        assertThat(recorded.get("agencyId").asText()).isEqualTo(agency.toString());
        assertThat(recorded.get("practitionerId").asText()).isEqualTo(practitioner.toString());
        assertThat(recorded.get("type").asText()).isEqualTo("DRUG_TEST");
        assertThat(recorded.get("occurredOn").asText())
                .isEqualTo(LocalDate.now().toString());
        assertThat(recorded.get("durationMinutes").asInt()).isEqualTo(30);
        // the partner service of the allocation and the family, so KPIs count it for the right contract and once per
        // family
        assertThat(recorded.get("service").asText()).isEqualTo("SUBSTANCE_USE");
        assertThat(recorded.get("familyId").asText()).isNotBlank();

        String[] examples = {"intervention-recorded", "intervention-voided"};
        for (int i = 0; i < examples.length; i++) {
            JsonNode example = json.readTree(EventCatalogue.example("caseload", examples[i] + ".v1"));
            EventCatalogue.of("caseload").assertConforms(published.get(i));
            assertThat(fieldNames(json.readTree(published.get(i).value()))).isEqualTo(fieldNames(example));
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
