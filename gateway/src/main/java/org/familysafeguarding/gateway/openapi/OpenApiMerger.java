package org.familysafeguarding.gateway.openapi;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into one. Paths never clash (each service owns its
 * prefixes). Two services may name a schema alike: if the schemas are equal one copy is kept,
 * otherwise the later one is renamed with its service's name and its references follow.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectMapper json;

    public OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    /** @param documents service name to its document, in a stable order */
    public ObjectNode merge(String title, String version, Map<String, JsonNode> documents) {
        ObjectNode merged = json.createObjectNode();
        merged.put(
                "openapi",
                documents.values().stream()
                        .map(d -> d.path("openapi").asText(null))
                        .filter(v -> v != null)
                        .findFirst()
                        .orElse("3.0.3"));
        merged.putObject("info")
                .put("title", title)
                .put("version", version)
                .put("description", "One description of every service's API, as the gateway serves it.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ArrayNode tags = merged.putArray("tags");

        documents.forEach((service, original) -> {
            JsonNode document = renameClashingSchemas(service, original.deepCopy(), schemas);
            document.path("paths").fields().forEachRemaining(p -> paths.set(p.getKey(), p.getValue()));
            document.path("components")
                    .path("schemas")
                    .fields()
                    .forEachRemaining(s -> schemas.set(s.getKey(), s.getValue()));
            document.path("components")
                    .path("securitySchemes")
                    .fields()
                    .forEachRemaining(s -> securitySchemes.putIfAbsent(s.getKey(), s.getValue()));
            document.path("tags").forEach(tag -> {
                if (!containsTag(tags, tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            if (document.has("security") && !merged.has("security")) {
                merged.set("security", document.get("security"));
            }
        });
        return merged;
    }

    private JsonNode renameClashingSchemas(String service, JsonNode document, ObjectNode mergedSchemas) {
        Map<String, String> renames = new LinkedHashMap<>();
        JsonNode own = document.path("components").path("schemas");
        own.fieldNames().forEachRemaining(name -> {
            JsonNode existing = mergedSchemas.get(name);
            if (existing != null && !existing.equals(own.get(name))) {
                renames.put(name, capitalised(service) + name);
            }
        });
        if (renames.isEmpty()) {
            return document;
        }
        ObjectNode schemas = (ObjectNode) own;
        renames.forEach((from, to) -> schemas.set(to, schemas.remove(from)));
        rewriteRefs(document, renames);
        return document;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(name)));
                }
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteRefs(children.next(), renames);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static boolean containsTag(ArrayNode tags, String name) {
        for (JsonNode tag : tags) {
            if (name.equals(tag.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
