package org.familysafeguarding.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The schemas of the pinned API versions (schemas/SOURCES.md), turned into JSON Schemas that reject
 * what the API server would reject: unknown fields (as kubectl's strict field validation does),
 * int-or-string and quantities in either form, and nullable fields. Each kind is found by its
 * apiVersion and kind, from the core definitions' x-kubernetes-group-version-kind or a CRD's group,
 * kind and served version.
 */
final class ApiSchemas {

    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, JsonSchema> byKind = new HashMap<>();

    ApiSchemas(Path schemasDirectory) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        ObjectNode definitions = (ObjectNode) Yaml.json(schemasDirectory.resolve("kubernetes/definitions.json"))
                .get("definitions")
                .deepCopy();
        definitions.elements().forEachRemaining(ApiSchemas::strict);
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", intOrString());
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", anyOf("string", "number"));
        definitions.fields().forEachRemaining(definition -> {
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty()
                        ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                ObjectNode root = NODES.objectNode();
                root.put("$ref", "#/definitions/" + definition.getKey());
                root.set("definitions", definitions);
                byKind.put(apiVersion + " " + gvk.path("kind").asText(), factory.getSchema(root));
            }
        });
        try (Stream<Path> crds = Files.list(schemasDirectory.resolve("crds"))) {
            crds.forEach(file -> {
                JsonNode crd = Yaml.json(file);
                crd.path("versions").fields().forEachRemaining(version -> {
                    ObjectNode root = (ObjectNode) strict(version.getValue().deepCopy());
                    // a CRD's schema leaves metadata open; the API server checks it as ObjectMeta
                    ObjectNode properties = (ObjectNode) root.get("properties");
                    properties.putObject("metadata").put("$ref", "#/definitions/" + OBJECT_META);
                    properties.putObject("apiVersion").put("type", "string");
                    properties.putObject("kind").put("type", "string");
                    root.putArray("required")
                            .add("apiVersion")
                            .add("kind")
                            .add("metadata")
                            .add("spec");
                    root.set("definitions", definitions);
                    String apiVersion = crd.path("group").asText() + "/" + version.getKey();
                    byKind.put(apiVersion + " " + crd.path("kind").asText(), factory.getSchema(root));
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a schema of the object's apiVersion and kind is pinned here. */
    Optional<JsonSchema> schemaOf(JsonNode object) {
        return Optional.ofNullable(byKind.get(
                object.path("apiVersion").asText() + " " + object.path("kind").asText()));
    }

    /** What the API server would refuse in the object, empty when it would accept it. */
    List<String> problems(JsonNode object) {
        return schemaOf(object)
                .map(schema -> schema.validate(object).stream()
                        .map(ValidationMessage::getMessage)
                        .sorted()
                        .toList())
                .orElse(List.of(
                        "no pinned schema for " + object.path("apiVersion").asText() + " "
                                + object.path("kind").asText()));
    }

    /** Makes one schema node (and the schemas inside it) as strict as the API server; names of properties are left alone. */
    private static JsonNode strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return node;
        }
        schema.remove(List.of(
                "format",
                "x-kubernetes-validations",
                "x-kubernetes-list-type",
                "x-kubernetes-list-map-keys",
                "x-kubernetes-map-type",
                "x-kubernetes-patch-strategy",
                "x-kubernetes-patch-merge-key",
                "x-kubernetes-unions",
                "x-kubernetes-embedded-resource"));
        for (String map : List.of("properties", "definitions")) {
            if (schema.get(map) instanceof ObjectNode children) {
                children.elements().forEachRemaining(ApiSchemas::strict);
            }
        }
        for (String list : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(list) instanceof ArrayNode children) {
                children.elements().forEachRemaining(ApiSchemas::strict);
            }
        }
        strict(schema.path("items"));
        strict(schema.path("additionalProperties"));
        strict(schema.path("not"));
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove(List.of("type", "x-kubernetes-int-or-string"));
            schema.set("anyOf", intOrString().get("anyOf"));
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
            schema.set(
                    "type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
        }
        schema.remove("nullable");
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        schema.remove("x-kubernetes-preserve-unknown-fields");
        if (schema.get("properties") instanceof ObjectNode && !schema.has("additionalProperties") && !open) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private static ObjectNode intOrString() {
        return anyOf("string", "integer");
    }

    private static ObjectNode anyOf(String... types) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode anyOf = schema.putArray("anyOf");
        for (String type : types) {
            anyOf.addObject().put("type", type);
        }
        return schema;
    }
}
