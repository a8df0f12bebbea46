package org.familysafeguarding.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of the documents that follow from other files, so that they never drift: each message's
 * {@code examples} come from its publisher's committed example files, and what a service receives from
 * another service's channel (the channel, its messages and their schemas) is copied from the publisher's
 * document. Everything else in a document is written by hand.
 */
final class GeneratedParts {

    static final String CLOUD_EVENT_PREFIX = "org.familysafeguarding.";
    private static final String SCHEMA_REF = "#/components/schemas/";

    private GeneratedParts() {}

    /** Every service's document with its generated parts as they should be. */
    static Map<String, ObjectNode> complete(Map<String, ObjectNode> committed) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        committed.forEach((service, document) -> documents.put(service, withExamples(service, document.deepCopy())));
        documents.forEach((service, document) -> copyReceived(service, document, documents));
        documents.values().forEach(GeneratedParts::dropUnusedSchemas);
        return documents;
    }

    /** Whether the message is the service's own (it publishes it, or describes an outside publisher's), not a copy. */
    static boolean owned(String service, JsonNode message) {
        String name = message.path("name").asText();
        return !name.startsWith(CLOUD_EVENT_PREFIX) || name.startsWith(CLOUD_EVENT_PREFIX + service + ".");
    }

    /** The example file a CloudEvent type's example is in: {@code org.familysafeguarding.partners.agency-registered.v1} -> {@code agency-registered.v1}. */
    static String exampleName(String service, String type) {
        return type.substring((CLOUD_EVENT_PREFIX + service + ".").length());
    }

    private static ObjectNode withExamples(String service, ObjectNode document) {
        Map<String, JsonNode> own = CatalogueFiles.examples(service);
        Map<String, JsonNode> outside = CatalogueFiles.examples(CatalogueFiles.HMPPS);
        ObjectNode messages = (ObjectNode) document.path("components").path("messages");
        for (String id : names(messages)) {
            ObjectNode message = (ObjectNode) messages.get(id);
            if (!owned(service, message)) {
                messages.remove(id); // copied again below, from the publisher's current document
                continue;
            }
            String name = message.path("name").asText();
            Map<String, JsonNode> found = new LinkedHashMap<>();
            if (name.startsWith(CLOUD_EVENT_PREFIX)) {
                String file = exampleName(service, name);
                if (own.containsKey(file)) {
                    found.put(file, own.get(file));
                }
            } else {
                outside.forEach((file, example) -> {
                    if (name.equals(example.path("eventType").asText())) {
                        found.put(file, example);
                    }
                });
            }
            message.remove("examples");
            if (!found.isEmpty()) {
                ArrayNode examples = message.putArray("examples");
                found.forEach((file, payload) -> examples.addObject()
                        .put("name", file)
                        .put(
                                "summary",
                                "the committed example events/"
                                        + (name.startsWith(CLOUD_EVENT_PREFIX) ? service : CatalogueFiles.HMPPS)
                                        + "/examples/" + file + ".json")
                        .set("payload", payload.deepCopy()));
            }
        }
        return document;
    }

    private static void copyReceived(String service, ObjectNode document, Map<String, ObjectNode> documents) {
        ObjectNode channels = (ObjectNode) document.path("channels");
        ObjectNode messages = (ObjectNode) document.path("components").path("messages");
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        for (JsonNode operation : document.path("operations")) {
            if (!"receive".equals(operation.path("action").asText())) {
                continue;
            }
            String channelId = last(operation.path("channel").path("$ref").asText());
            String address = channels.path(channelId).path("address").asText();
            Publisher publisher = publisherOf(address, service, documents);
            if (publisher == null) {
                continue; // a publisher outside the platform: described by hand
            }
            if (!publisher.channelId().equals(channelId)) {
                throw new AssertionError(service + " names channel " + address + " '" + channelId + "', its publisher '"
                        + publisher.channelId() + "'");
            }
            Set<String> received = new LinkedHashSet<>();
            operation
                    .path("messages")
                    .forEach(ref -> received.add(last(ref.path("$ref").asText())));
            ObjectNode channel =
                    publisher.document().path("channels").path(channelId).deepCopy();
            ObjectNode published = (ObjectNode) channel.remove("messages");
            ObjectNode kept = channel.putObject("messages");
            for (String id : received) {
                if (!published.has(id)) {
                    throw new AssertionError(service + " receives '" + id + "' on " + address + ", which "
                            + publisher.service() + " does not send");
                }
                kept.set(id, published.get(id));
                JsonNode message =
                        publisher.document().path("components").path("messages").path(id);
                messages.set(id, message.deepCopy());
                for (String schema : referencedSchemas(message, publisher.document())) {
                    schemas.set(
                            schema,
                            publisher
                                    .document()
                                    .path("components")
                                    .path("schemas")
                                    .path(schema)
                                    .deepCopy());
                }
            }
            channels.set(channelId, channel);
        }
    }

    private record Publisher(String service, ObjectNode document, String channelId) {}

    private static Publisher publisherOf(String address, String reader, Map<String, ObjectNode> documents) {
        for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
            if (entry.getKey().equals(reader)) {
                continue;
            }
            for (JsonNode operation : entry.getValue().path("operations")) {
                String channelId = last(operation.path("channel").path("$ref").asText());
                if ("send".equals(operation.path("action").asText())
                        && address.equals(entry.getValue()
                                .path("channels")
                                .path(channelId)
                                .path("address")
                                .asText())) {
                    return new Publisher(entry.getKey(), entry.getValue(), channelId);
                }
            }
        }
        return null;
    }

    /** The schemas a part of a document refers to, directly or through other schemas. */
    static Set<String> referencedSchemas(JsonNode node, JsonNode document) {
        Set<String> found = new LinkedHashSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode next = pending.remove(pending.size() - 1);
            for (String ref : refs(next)) {
                if (ref.startsWith(SCHEMA_REF) && found.add(ref.substring(SCHEMA_REF.length()))) {
                    pending.add(document.path("components").path("schemas").path(ref.substring(SCHEMA_REF.length())));
                }
            }
        }
        return found;
    }

    private static void dropUnusedSchemas(ObjectNode document) {
        Set<String> used = new LinkedHashSet<>();
        document.path("components").path("messages").forEach(m -> used.addAll(referencedSchemas(m, document)));
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        names(schemas).stream().filter(name -> !used.contains(name)).forEach(schemas::remove);
    }

    /** Every {@code $ref} under a node. */
    static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            refs.addAll(refs(children.next()));
        }
        return refs;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
