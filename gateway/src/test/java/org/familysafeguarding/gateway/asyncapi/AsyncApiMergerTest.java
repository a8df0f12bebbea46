package org.familysafeguarding.gateway.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The services' real documents (the event catalogue, a test dependency) merge into one without a clash. */
class AsyncApiMergerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_catalogued_documents_merge_into_every_topic_and_message_with_every_reference_resolving() throws Exception {
        Map<String, JsonNode> documents = new TreeMap<>();
        for (String service : List.of("partners", "contracts", "caseload")) {
            try (InputStream in =
                    getClass().getClassLoader().getResourceAsStream("events/" + service + "/asyncapi.json")) {
                documents.put(service, JSON.readTree(in));
            }
        }
        ObjectNode merged = new AsyncApiMerger(JSON).merge("platform", "1.0.0", documents);

        Set<String> addresses = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> mergedAddresses = new TreeSet<>();
        Set<String> mergedTypes = new TreeSet<>();
        documents.values().forEach(d -> {
            d.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
            d.path("components")
                    .path("messages")
                    .forEach(m -> types.add(m.path("name").asText()));
        });
        merged.path("channels")
                .forEach(c -> mergedAddresses.add(c.path("address").asText()));
        merged.path("components")
                .path("messages")
                .forEach(m -> mergedTypes.add(m.path("name").asText()));
        assertThat(mergedAddresses)
                .isEqualTo(addresses)
                .contains(
                        "partners.events",
                        "contracts.events",
                        "caseload.events",
                        "caseload.probation-contacts",
                        "hmpps.domain-events");
        assertThat(mergedTypes).isEqualTo(types);
        // consistent documents: each topic once, each message and schema once, nothing renamed
        assertThat(merged.path("channels").size()).isEqualTo(addresses.size());
        assertThat(merged.path("components").path("messages").size()).isEqualTo(types.size());
        assertThat(merged.path("channels")
                        .path("partnersEvents")
                        .path("messages")
                        .size())
                .isEqualTo(13);
        for (String ref : refs(merged)) {
            assertThat(merged.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            refs.addAll(refs(children.next()));
        }
        return refs;
    }
}
