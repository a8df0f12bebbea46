package org.familysafeguarding.deploy.kubernetes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simple part of a strategic merge patch, as kustomize applies it: maps merge key by key, a null
 * removes a key, and the lists Kubernetes merges by key (containers, env, volumes, volume mounts) merge
 * item by item; any other list is replaced. Directives ({@code $patch}, {@code $setElementOrder}) are
 * refused rather than half-applied.
 */
final class StrategicMerge {

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");

    private StrategicMerge() {}

    static void apply(ObjectNode target, JsonNode patch, boolean builtInKind) {
        patch.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("strategic merge directive " + key + " is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current instanceof ObjectNode currentObject) {
                apply(currentObject, value, builtInKind);
            } else if (value.isArray()
                    && current instanceof ArrayNode currentArray
                    && builtInKind
                    && MERGE_KEYS.containsKey(key)) {
                mergeList(currentArray, (ArrayNode) value, MERGE_KEYS.get(key), builtInKind);
            } else {
                target.set(key, value.deepCopy());
            }
        });
    }

    /** As kustomize orders a merged list: the patch's items first, in its order, then the untouched ones. */
    private static void mergeList(ArrayNode current, ArrayNode patch, String mergeKey, boolean builtInKind) {
        ArrayNode merged = current.arrayNode();
        Set<String> patched = new HashSet<>();
        for (JsonNode item : patch) {
            String key = item.path(mergeKey).asText(null);
            if (key == null) {
                throw new IllegalArgumentException("a list item without its merge key " + mergeKey + ": " + item);
            }
            patched.add(key);
            ObjectNode result = item.deepCopy();
            for (JsonNode candidate : current) {
                if (key.equals(candidate.path(mergeKey).asText(null))) {
                    result = (ObjectNode) candidate.deepCopy();
                    apply(result, item, builtInKind);
                }
            }
            merged.add(result);
        }
        for (JsonNode candidate : current) {
            if (!patched.contains(candidate.path(mergeKey).asText(null))) {
                merged.add(candidate);
            }
        }
        current.removeAll();
        current.addAll(merged);
    }
}
