package org.familysafeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.events.GeneratedParts.CLOUD_EVENT_PREFIX;
import static org.familysafeguarding.events.GeneratedParts.last;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventCatalogueTest {

    static final java.util.List<String> SERVICES = CatalogueFiles.SERVICES;

    @Test
    void the_generated_parts_of_every_document_are_up_to_date() {
        Map<String, ObjectNode> committed = new LinkedHashMap<>();
        SERVICES.forEach(service -> committed.put(service, CatalogueFiles.read(CatalogueFiles.document(service))));
        Map<String, ObjectNode> expected = GeneratedParts.complete(committed);
        if (Boolean.getBoolean("event-catalogue.write")) {
            expected.forEach((service, document) -> CatalogueFiles.write(CatalogueFiles.document(service), document));
            return;
        }
        expected.forEach((service, document) -> assertThat(committed.get(service))
                .as(
                        "events/%s/asyncapi.json is stale (examples or what it receives changed): run "
                                + "./mvnw -o -pl event-catalogue test -Devent-catalogue.write=true and commit the result",
                        service)
                .isEqualTo(document));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_example_is_a_message_the_service_sends_and_every_event_it_sends_has_an_example(String service) {
        JsonNode document = document(service);
        Set<String> sent = new TreeSet<>();
        for (JsonNode operation : document.path("operations")) {
            if ("send".equals(operation.path("action").asText())) {
                operation
                        .path("messages")
                        .forEach(ref ->
                                sent.add(message(document, ref).path("name").asText()));
            }
        }
        Set<String> cloudEvents = new TreeSet<>(
                sent.stream().filter(n -> n.startsWith(CLOUD_EVENT_PREFIX)).toList());
        Set<String> examples = new TreeSet<>(CatalogueFiles.examples(service).keySet().stream()
                .map(file -> CLOUD_EVENT_PREFIX + service + "." + file)
                .toList());
        assertThat(examples).isEqualTo(cloudEvents);
        assertThat(cloudEvents)
                .allMatch(
                        type -> type.startsWith(CLOUD_EVENT_PREFIX + service + "."),
                        "a service sends only its own types");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_example_in_a_document_is_valid_against_its_message(String service) {
        JsonNode document = document(service);
        int checked = 0;
        for (JsonNode message : document.path("components").path("messages")) {
            for (JsonNode example : message.path("examples")) {
                assertThat(PayloadSchemas.problems(document, message.get("payload"), example.get("payload")))
                        .as("%s: %s", service, example.path("name").asText())
                        .isEmpty();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_cloud_event_message_is_named_by_its_type_and_its_headers_require_that_type(String service) {
        JsonNode document = document(service);
        document.path("components").path("messages").fields().forEachRemaining(entry -> {
            JsonNode message = entry.getValue();
            String type = message.path("name").asText();
            if (!type.startsWith(CLOUD_EVENT_PREFIX)) {
                return;
            }
            assertThat(type).matches("org\\.familysafeguarding\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+");
            String publisher = type.split("\\.")[2];
            String name = GeneratedParts.exampleName(publisher, type).replaceFirst("\\.v[0-9]+$", "");
            assertThat(entry.getKey()).isEqualTo(camel(name));
            assertThat(message.path("contentType").asText()).isEqualTo("application/json");
            assertThat(message.path("payload").isObject()).isTrue();
            assertThat(PayloadSchemas.problems(document, message.get("headers"), headers(publisher, type)))
                    .isEmpty();
            assertThat(PayloadSchemas.problems(
                            document, message.get("headers"), headers(publisher, type.replace(".v1", ".v9"))))
                    .isNotEmpty();
            assertThat(PayloadSchemas.problems(document, message.get("headers"), headers("elsewhere", type)))
                    .isNotEmpty();
        });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_reference_resolves_and_every_operation_names_its_channels_messages(String service) {
        JsonNode document = document(service);
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
        for (String ref : GeneratedParts.refs(document)) {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode())
                    .as("%s: %s", service, ref)
                    .isFalse();
        }
        document.path("channels")
                .forEach(channel -> assertThat(channel.path("address").asText()).isNotBlank());
        document.path("operations").fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            assertThat(operation.path("action").asText()).as(entry.getKey()).isIn("send", "receive");
            String channel = operation.path("channel").path("$ref").asText();
            assertThat(operation.path("messages").isEmpty()).as(entry.getKey()).isFalse();
            operation
                    .path("messages")
                    .forEach(ref -> assertThat(ref.path("$ref").asText()).startsWith(channel + "/messages/"));
        });
    }

    @Test
    void every_outside_example_is_of_a_type_caseload_receives_and_valid_against_it() {
        JsonNode document = document("caseload");
        Map<String, JsonNode> received = new LinkedHashMap<>();
        JsonNode operation = document.path("operations").path("caseloadReceivesHmppsDomainEvents");
        operation.path("messages").forEach(ref -> {
            JsonNode message = message(document, ref);
            received.put(message.path("name").asText(), message);
        });
        assertThat(received).isNotEmpty();
        CatalogueFiles.examples(CatalogueFiles.HMPPS).forEach((file, example) -> {
            if (file.startsWith("PROPOSAL-")) {
                return; // this platform's proposal to HMPPS, not an event HMPPS publishes
            }
            JsonNode message = received.get(example.path("eventType").asText());
            assertThat(message).as(file).isNotNull();
            assertThat(PayloadSchemas.problems(document, message.get("payload"), example))
                    .as(file)
                    .isEmpty();
        });
    }

    @Test
    void a_payload_missing_a_field_or_with_a_value_outside_its_enum_is_invalid() {
        JsonNode document = document("partners");
        JsonNode message = document.path("components").path("messages").path("agencyRegistered");
        ObjectNode example =
                (ObjectNode) message.path("examples").get(0).get("payload").deepCopy();
        assertThat(PayloadSchemas.problems(document, message.get("payload"), example))
                .isEmpty();
        assertThat(PayloadSchemas.problems(
                        document, message.get("payload"), example.deepCopy().without("kind")))
                .isNotEmpty();
        assertThat(PayloadSchemas.problems(
                        document, message.get("payload"), example.deepCopy().put("kind", "PARTNER")))
                .isNotEmpty();
        assertThat(PayloadSchemas.problems(
                        document, message.get("payload"), example.deepCopy().put("agencyId", "42")))
                .isNotEmpty();
    }

    private static JsonNode document(String service) {
        return CatalogueFiles.read(CatalogueFiles.document(service));
    }

    private static JsonNode message(JsonNode document, JsonNode ref) {
        JsonNode channelMessage = document.at(ref.path("$ref").asText().substring(1));
        String target = channelMessage.path("$ref").asText();
        return target.isEmpty()
                ? channelMessage
                : document.path("components").path("messages").path(last(target));
    }

    private static ObjectNode headers(String publisher, String type) {
        return CatalogueFiles.JSON
                .createObjectNode()
                .put("ce_specversion", "1.0")
                .put("ce_id", "0b6f3d2e-8c41-4a7e-9f12-5d3c2b1a0e9f")
                .put("ce_type", type)
                .put("ce_source", "/" + publisher + "-service")
                .put("ce_subject", "0b6f3d2e-8c41-4a7e-9f12-5d3c2b1a0e9f")
                .put("ce_time", "2026-11-23T09:30:00Z")
                .put("content-type", "application/json");
    }

    private static String camel(String name) {
        String[] parts = name.split("-");
        StringBuilder camel = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return camel.toString();
    }
}
