package org.familysafeguarding.deploy.kubernetes;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 add, replace and remove, the operations the overlays use. */
final class JsonPatch {

    private JsonPatch() {}

    static void apply(ObjectNode target, JsonNode operations) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            JsonPointer path = JsonPointer.compile(operation.path("path").asText());
            JsonNode parent = target.at(path.head());
            String last = path.last().getMatchingProperty();
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("no parent for " + path + " in " + Yaml.id(target));
            }
            switch (op) {
                case "add", "replace" -> set(parent, last, operation.get("value"), op, path, target);
                case "remove" -> remove(parent, last, path, target);
                default -> throw new UnsupportedOperationException("JSON patch op " + op + " is not supported");
            }
        }
    }

    private static void set(
            JsonNode parent, String last, JsonNode value, String op, JsonPointer path, JsonNode target) {
        if (parent instanceof ObjectNode object) {
            if (op.equals("replace") && !object.has(last)) {
                throw new IllegalArgumentException("replace of a missing " + path + " in " + Yaml.id(target));
            }
            object.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value.deepCopy());
            } else if (op.equals("add")) {
                array.insert(Integer.parseInt(last), value.deepCopy());
            } else {
                array.set(Integer.parseInt(last), value.deepCopy());
            }
        }
    }

    private static void remove(JsonNode parent, String last, JsonPointer path, JsonNode target) {
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && Integer.parseInt(last) < array.size()) {
            array.remove(Integer.parseInt(last));
        } else {
            throw new IllegalArgumentException("remove of a missing " + path + " in " + Yaml.id(target));
        }
    }
}
