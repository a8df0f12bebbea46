package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's merged AsyncAPI document lists every topic, every event type and a schema for each, as the
 * event catalogue (a test dependency) has them; and each service serves its own document as catalogued.
 */
class EventCatalogueE2ETest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> DOCUMENTED = List.of("partners", "contracts", "caseload");
    static final Set<String> TOPICS = Set.of(
            "partners.events",
            "contracts.events",
            "caseload.events",
            "caseload.probation-contacts",
            "hmpps.domain-events");

    @Test
    void the_gateway_merges_every_topic_every_event_type_and_a_schema_for_each() throws Exception {
        JsonNode merged = JSON.readTree(given().when()
                .get(Stack.GATEWAY + "/asyncapi.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(merged.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(merged.has("x-unavailable-services"))
                .as("every service answered")
                .isFalse();

        Set<String> topics = new TreeSet<>();
        merged.path("channels")
                .forEach(channel -> topics.add(channel.path("address").asText()));
        assertThat(topics).containsAll(TOPICS);

        Set<String> types = new TreeSet<>();
        merged.path("components")
                .path("messages")
                .forEach(message -> types.add(message.path("name").asText()));
        List<String> problems = new ArrayList<>();
        for (String service : DOCUMENTED) {
            JsonNode document = catalogued(service);
            document.path("channels").forEach(channel -> {
                if (!topics.contains(channel.path("address").asText())) {
                    problems.add(service + "'s topic " + channel.path("address").asText() + " is not merged");
                }
            });
            document.path("components").path("messages").forEach(message -> {
                String type = message.path("name").asText();
                if (!types.contains(type)) {
                    problems.add(service + "'s event type " + type + " is not merged");
                }
            });
            document.path("components")
                    .path("messages")
                    .forEach(message -> message.path("examples")
                            .forEach(example -> assertThat(types)
                                    .contains(message.path("name").asText())));
        }
        merged.path("components").path("messages").fields().forEachRemaining(entry -> {
            JsonNode message = entry.getValue();
            String type = message.path("name").asText();
            if (type.startsWith("org.familysafeguarding.") && !hasSchema(merged, message.path("payload"))) {
                problems.add(type + " (" + entry.getKey() + ") has no payload schema that resolves");
            }
        });
        merged.path("channels")
                .forEach(channel -> channel.path("messages").forEach(ref -> {
                    if (merged.at(ref.path("$ref").asText().substring(1)).isMissingNode()) {
                        problems.add(channel.path("address").asText() + " names a message that is not there: " + ref);
                    }
                }));
        assertThat(problems).isEmpty();
        assertThat(types)
                .contains(
                        "org.familysafeguarding.partners.agency-registered.v1",
                        "org.familysafeguarding.contracts.contract-went-live.v1",
                        "org.familysafeguarding.caseload.intervention-recorded.v1",
                        "org.familysafeguarding.caseload.probation-contact-recorded.v1",
                        "probation-case.registration.added");
    }

    @Test
    void every_service_serves_its_own_document_as_catalogued_without_a_token() throws Exception {
        for (String service : DOCUMENTED) {
            String body = given().when()
                    .get(Stack.SERVICES.get(service) + "/q/asyncapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(JSON.readTree(body)).as(service).isEqualTo(catalogued(service));
        }
    }

    /** A schema object with a type or properties, directly, by reference or in each part of an allOf. */
    static boolean hasSchema(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            return hasSchema(document, document.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                if (!hasSchema(document, part)) {
                    return false;
                }
            }
            return true;
        }
        return schema.has("type") || schema.has("properties");
    }

    static JsonNode catalogued(String service) throws IOException {
        try (InputStream in = EventCatalogueE2ETest.class
                .getClassLoader()
                .getResourceAsStream("events/" + service + "/asyncapi.json")) {
            assertThat(in).as("event-catalogue on the test classpath").isNotNull();
            return JSON.readTree(in);
        }
    }
}
