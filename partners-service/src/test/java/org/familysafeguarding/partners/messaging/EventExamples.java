package org.familysafeguarding.partners.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.TestKafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks published events against the committed examples consumers read and the catalogue's schemas. */
final class EventExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventCatalogue CATALOGUE = EventCatalogue.of("partners");
    /** Fields holding maps: their keys are data (e.g. roles), so only the field itself is compared. */
    private static final Set<String> MAP_FIELDS = Set.of("caseloadLimits");

    private EventExamples() {}

    /** Waits for the event of this type about this aggregate, checks it against its message, and returns its payload. */
    static JsonNode published(String aggregateId, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (records.isEmpty() && System.nanoTime() < deadline) {
            records =
                    TestKafka.recordsWithKey("partners.events", aggregateId, Duration.ofSeconds(2), Integer.MAX_VALUE)
                            .stream()
                            .filter(r -> type.equals(TestKafka.header(r, "ce_type")))
                            .toList();
        }
        assertThat(records).as("a %s event for %s", type, aggregateId).isNotEmpty();
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        CATALOGUE.assertConforms(last);
        return JSON.readTree(last.value());
    }

    /** The payload has exactly the example's fields, at every level of nesting. */
    static void assertShapedLikeExample(JsonNode payload, String exampleFile) throws Exception {
        JsonNode example = JSON.readTree(EventCatalogue.example("partners", exampleFile.replaceFirst("\\.json$", "")));
        assertThat(paths(payload, "")).isEqualTo(paths(example, ""));
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                paths.add(prefix + f.getKey());
                if (!MAP_FIELDS.contains(f.getKey())) {
                    paths.addAll(paths(f.getValue(), prefix + f.getKey() + "."));
                }
            });
        } else if (node.isArray() && !node.isEmpty()) {
            paths.addAll(paths(node.get(0), prefix + "[]."));
        }
        return paths;
    }
}
