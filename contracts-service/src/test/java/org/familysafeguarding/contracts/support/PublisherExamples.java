package org.familysafeguarding.contracts.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events built from the publishers' committed examples with some fields changed, so that an
 * incompatible change of an example fails these tests.
 */
public final class PublisherExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublisherExamples() {
    }

    public static String partners(String example, Map<String, Object> changes) {
        return build(Path.of("../partners-service/events/examples/" + example + ".v1.json"), changes);
    }

    public static String caseload(String example, Map<String, Object> changes) {
        return build(Path.of("../caseload-service/events/examples/" + example + ".v1.json"), changes);
    }

    private static String build(Path path, Map<String, Object> changes) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(Files.readString(path));
            changes.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
