package org.familysafeguarding.contracts.support;

import java.util.Map;

import org.familysafeguarding.platform.testing.EventCatalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events built from the publishers' committed examples with some fields changed, so that an
 * incompatible change of an example fails these tests.
 */
public final class PublisherExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublisherExamples() {}

    public static String partners(String example, Map<String, Object> changes) {
        return build(EventCatalogue.exampleNode("partners", example + ".v1"), changes);
    }

    public static String caseload(String example, Map<String, Object> changes) {
        return build(EventCatalogue.exampleNode("caseload", example + ".v1"), changes);
    }

    private static String build(ObjectNode node, Map<String, Object> changes) {
        changes.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
