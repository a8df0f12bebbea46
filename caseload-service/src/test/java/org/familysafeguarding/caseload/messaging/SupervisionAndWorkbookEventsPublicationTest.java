package org.familysafeguarding.caseload.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestKafka.header;

import java.time.Duration;
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
class SupervisionAndWorkbookEventsPublicationTest {

    static final String BASE = "/api/caseload/v1";
    static final String COUNCIL = "E10000032";
    final ObjectMapper json = new ObjectMapper();

    @Inject
    Partnership partnership;

    String family(String sw) {
        return given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Trevena family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void an_agreed_session_is_published_as_counts_keyed_by_the_session_with_the_fields_of_the_example()
            throws Exception {
        UUID staff = partnership.inHouseAgency(COUNCIL);
        UUID team = partnership.team(COUNCIL, Partnership.LIMITS);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID worker = partnership.practitioner(staff, "SOCIAL_WORKER", "sw-pub-" + suffix, team, COUNCIL);
        partnership.practitioner(staff, "TEAM_MANAGER", "tm-pub-" + suffix, team, COUNCIL);
        String sw = TestTokens.councilStaff("sw-pub-" + suffix, "social-worker", COUNCIL);
        String family = family(sw);
        var created = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"teamId": "%s", "sessionDate": "2026-01-12",
                 "attendees": [{"practitionerId": "%s", "discipline": "SOCIAL_WORK"}],
                 "families": [{"familyId": "%s", "riskRating": "HIGH", "decision": "Private decision about Trevena"}],
                 "actions": [{"familyId": "%3$s", "description": "Visit", "ownerId": "%2$s", "dueDate": "2026-02-01"}]}""".formatted(team, worker, family))
                .when()
                .post(BASE + "/group-supervisions")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        given().auth()
                .oauth2(TestTokens.councilStaff("tm-pub-" + suffix, "team-manager", COUNCIL))
                .header("If-Match", created.header("ETag"))
                .when()
                .put(BASE + "/group-supervisions/" + id + "/agreement")
                .then()
                .statusCode(200);

        ConsumerRecord<String, String> published = TestKafka.recordsWithKey(
                        "caseload.events", id, Duration.ofSeconds(20), 1)
                .getFirst();
        assertThat(header(published, "ce_type"))
                .isEqualTo("org.familysafeguarding.caseload.group-supervision-agreed.v1");
        assertThat(header(published, "ce_subject")).isEqualTo(id);
        assertThat(published.value())
                .doesNotContain(family)
                .doesNotContain("Trevena")
                .doesNotContain(worker.toString());
        JsonNode event = json.readTree(published.value());
        assertThat(event.get("attendeesByDiscipline").get("SOCIAL_WORK").asInt())
                .isEqualTo(1);
        assertThat(event.get("familiesByRiskRating").get("HIGH").asInt()).isEqualTo(1);
        assertThat(event.get("actionsAgreed").asInt()).isEqualTo(1);
        assertThat(fieldNames(event)).isEqualTo(fieldNames(example("group-supervision-agreed")));
        EventCatalogue.of("caseload").assertConforms(published);
    }

    @Test
    void a_completed_module_is_published_without_the_parent() throws Exception {
        String sw = TestTokens.councilStaff("sw-" + COUNCIL, "social-worker", COUNCIL);
        String adult = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Lowen\", \"familyName\": \"Trevena\"}")
                .when()
                .post(BASE + "/families/" + family(sw) + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"moduleCode\": \"SAFETY_PLAN\", \"entryDate\": \"2026-01-05\", \"status\": \"IN_PROGRESS\"}")
                .when()
                .post(BASE + "/adults/" + adult + "/workbook/entries")
                .then()
                .statusCode(201);
        String completed = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(
                        "{\"moduleCode\": \"SAFETY_PLAN\", \"entryDate\": \"2026-01-19\", \"status\": \"COMPLETED\", \"note\": \"Private note\"}")
                .when()
                .post(BASE + "/adults/" + adult + "/workbook/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ConsumerRecord<String, String> published = TestKafka.recordsWithKey(
                        "caseload.events", completed, Duration.ofSeconds(20), 1)
                .getFirst();
        assertThat(header(published, "ce_type"))
                .isEqualTo("org.familysafeguarding.caseload.workbook-module-completed.v1");
        assertThat(published.value())
                .doesNotContain(adult)
                .doesNotContain("Trevena")
                .doesNotContain("Private note");
        JsonNode event = json.readTree(published.value());
        assertThat(event.get("moduleCode").asText()).isEqualTo("SAFETY_PLAN");
        assertThat(event.get("completedOn").asText()).isEqualTo("2026-01-19");
        assertThat(fieldNames(event)).isEqualTo(fieldNames(example("workbook-module-completed")));
        EventCatalogue.of("caseload").assertConforms(published);
    }

    JsonNode example(String name) throws Exception {
        return json.readTree(EventCatalogue.example("caseload", name + ".v1"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
