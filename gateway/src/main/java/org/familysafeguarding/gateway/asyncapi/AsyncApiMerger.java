package org.familysafeguarding.gateway.asyncapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' AsyncAPI 3 documents into one. A topic appears in the document of its publisher and
 * of each service that reads it, as a channel of the same name: the channels are joined, with the messages
 * of all. Components, servers and operations named alike are kept once when equal; otherwise the later one is
 * renamed with its service's name and its references follow (as the OpenAPI merge does with schemas).
 */
public final class AsyncApiMerger {

    private static final List<String> COMPONENTS = List.of("schemas", "messages", "securitySchemes");

    private final ObjectMapper json;

    public AsyncApiMerger(ObjectMapper json) {
        this.json = json;
    }

    /** @param documents service name to its document, in a stable order */
    public ObjectNode merge(String title, String version, Map<String, JsonNode> documents) {
        ObjectNode merged = json.createObjectNode();
        merged.put("asyncapi", "3.0.0");
        merged.put("id", "urn:org:familysafeguarding:platform");
        merged.putObject("info")
                .put("title", title)
                .put("version", version)
                .put(
                        "description",
                        "Every topic of the platform, each event type and its schema, what each service"
                                + " sends and receives: the services' AsyncAPI documents, merged by the gateway.");
        merged.put("defaultContentType", "application/json");
        ObjectNode servers = merged.putObject("servers");
        ObjectNode channels = merged.putObject("channels");
        ObjectNode operations = merged.putObject("operations");
        ObjectNode components = merged.putObject("components");
        COMPONENTS.forEach(components::putObject);

        documents.forEach((service, original) -> {
            if (!original.isObject()) {
                return;
            }
            ObjectNode document = original.deepCopy();
            ObjectNode own = object(document, "components");
            for (String kind : COMPONENTS) {
                renameClashes(
                        service,
                        document,
                        object(own, kind),
                        (ObjectNode) components.get(kind),
                        "#/components/" + kind + "/");
            }
            renameClashes(service, document, object(document, "servers"), servers, "#/servers/");
            joinChannels(service, document, channels);
            renameClashes(service, document, object(document, "operations"), operations, "#/operations/");
            for (String kind : COMPONENTS) {
                copy(document.path("components").path(kind), (ObjectNode) components.get(kind));
            }
            copy(document.path("servers"), servers);
            copy(document.path("operations"), operations);
        });
        return merged;
    }

    /** Joins the document's channels into the merged ones: a channel of the same id and address gains its messages. */
    private void joinChannels(String service, ObjectNode document, ObjectNode merged) {
        ObjectNode own = object(document, "channels");
        for (String id : names(own)) {
            ObjectNode channel = (ObjectNode) own.get(id);
            JsonNode existing = merged.get(id);
            if (existing == null) {
                merged.set(id, channel);
                continue;
            }
            if (!existing.path("address").equals(channel.path("address"))) {
                String renamed = service + capitalised(id);
                rewriteRefs(document, "#/channels/" + id, "#/channels/" + renamed);
                merged.set(renamed, channel);
                continue;
            }
            ObjectNode messages = existing.has("messages")
                    ? (ObjectNode) existing.get("messages")
                    : ((ObjectNode) existing).putObject("messages");
            for (String key : names(channel.path("messages"))) {
                JsonNode message = channel.path("messages").get(key);
                JsonNode known = messages.get(key);
                if (known == null) {
                    messages.set(key, message);
                } else if (!known.equals(message)) {
                    String renamed = service + capitalised(key);
                    rewriteRefs(
                            document,
                            "#/channels/" + id + "/messages/" + key,
                            "#/channels/" + id + "/messages/" + renamed);
                    messages.set(renamed, message);
                }
            }
        }
    }

    private void renameClashes(String service, ObjectNode document, ObjectNode own, ObjectNode merged, String prefix) {
        for (String name : names(own)) {
            JsonNode existing = merged.get(name);
            if (existing != null && !existing.equals(own.get(name))) {
                String renamed = service + capitalised(name);
                own.set(renamed, own.remove(name));
                rewriteRefs(document, prefix + name, prefix + renamed);
            }
        }
    }

    private static void rewriteRefs(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && (ref.asText().equals(from) || ref.asText().startsWith(from + "/"))) {
                object.set("$ref", TextNode.valueOf(to + ref.asText().substring(from.length())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteRefs(children.next(), from, to);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, from, to));
        }
    }

    private static void copy(JsonNode from, ObjectNode into) {
        from.fields().forEachRemaining(field -> into.putIfAbsent(field.getKey(), field.getValue()));
    }

    private static ObjectNode object(ObjectNode document, String field) {
        return document.get(field) instanceof ObjectNode object ? object : document.putObject(field);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
