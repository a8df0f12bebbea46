package org.familysafeguarding.partners.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestKafka.header;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AgencyRegisteredPublicationTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_registered_agency_is_published_once_as_a_binary_cloud_event_keyed_by_its_id() throws Exception {
        UUID id = UUID.randomUUID();
        register(id, "Probation Service South", 201);

        List<ConsumerRecord<String, String>> published = recordsFor(id.toString(), Duration.ofSeconds(20), 1);
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("org.familysafeguarding.partners.agency-registered.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/partners-service");
        assertThat(header(record, "ce_subject")).isEqualTo(id.toString());
        assertThat(header(record, "ce_id")).isNotBlank();
        EventCatalogue.of("partners").assertConforms(record);

        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("agencyId").asText()).isEqualTo(id.toString());
        assertThat(payload.get("kind").asText()).isEqualTo("STATUTORY_BODY");
    }

    @Test
    void the_payload_has_exactly_the_fields_of_the_committed_example() throws Exception {
        UUID id = UUID.randomUUID();
        register(id, "Probation Service North", 201);
        JsonNode payload = json.readTree(
                recordsFor(id.toString(), Duration.ofSeconds(20), 1).get(0).value());
        JsonNode example = json.readTree(EventCatalogue.example("partners", "agency-registered.v1"));
        assertThat(fieldNames(payload)).isEqualTo(fieldNames(example));
    }

    @Test
    void a_refused_registration_publishes_nothing() throws Exception {
        UUID id = UUID.randomUUID();
        register(id, "Probation Service East", 201);
        register(id, "Probation Service East again", 409);
        // Wait long enough for a second event to have been relayed, had one been written.
        assertThat(recordsFor(id.toString(), Duration.ofSeconds(3), Integer.MAX_VALUE))
                .hasSize(1);
    }

    private static void register(UUID id, String name, int expectedStatus) {
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("""
                        {"id": "%s", "name": "%s", "kind": "STATUTORY_BODY"}""".formatted(id, name))
                .when()
                .post("/api/partners/v1/agencies")
                .then()
                .statusCode(expectedStatus);
    }

    private static List<ConsumerRecord<String, String>> recordsFor(String key, Duration within, int enough) {
        return TestKafka.recordsWithKey("partners.events", key, within, enough);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void a_change_is_published_shaped_like_its_example() throws Exception {
        UUID id = UUID.randomUUID();
        register(id, "Probation Service West", 201);
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"name\": \"Probation Service West\", \"kind\": \"STATUTORY_BODY\", "
                        + "\"serviceTypes\": [\"DOMESTIC_ABUSE_PERPETRATOR_WORK\"]}")
                .when()
                .put("/api/partners/v1/agencies/" + id)
                .then()
                .statusCode(200);
        JsonNode updated = EventExamples.published(id.toString(), "org.familysafeguarding.partners.agency-updated.v1");
        EventExamples.assertShapedLikeExample(updated, "agency-updated.v1.json");
        assertThat(updated.path("serviceTypes").get(0).asText()).isEqualTo("DOMESTIC_ABUSE_PERPETRATOR_WORK");
    }
}
