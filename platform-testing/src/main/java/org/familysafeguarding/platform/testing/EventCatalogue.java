package org.familysafeguarding.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A service's AsyncAPI document and the publishers' committed examples, read from the event catalogue
 * on the test classpath (module event-catalogue): what a publisher sends on a topic, what a consumer
 * says it receives, and whether an event, its headers or a publisher's record match their message.
 */
public final class EventCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String service;
    private final JsonNode document;

    private EventCatalogue(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** The document of a service: {@code partners}, {@code contracts} or {@code caseload}. */
    public static EventCatalogue of(String service) {
        try {
            return new EventCatalogue(service, JSON.readTree(resource("events/" + service + "/asyncapi.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A publisher's committed example, e.g. {@code example("partners", "agency-registered.v1")}. */
    public static String example(String publisher, String name) {
        return resource("events/" + publisher + "/examples/" + name + ".json");
    }

    /** Every committed example of a publisher, by file name without {@code .json}, in name order. */
    public static Map<String, String> examples(String publisher) {
        String folder = "events/" + publisher + "/examples";
        java.net.URL url = EventCatalogue.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new AssertionError(folder + " is not on the classpath: is event-catalogue a test dependency?");
        }
        Map<String, String> examples = new java.util.TreeMap<>();
        try {
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
                    list(jar.getPath("/" + folder), examples);
                } catch (java.nio.file.FileSystemAlreadyExistsException opened) {
                    list(java.nio.file.FileSystems.getFileSystem(uri).getPath("/" + folder), examples);
                }
            } else {
                list(java.nio.file.Path.of(uri), examples);
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return examples;
    }

    private static void list(java.nio.file.Path folder, Map<String, String> into) throws IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    into.put(name.substring(0, name.length() - ".json".length()), java.nio.file.Files.readString(file));
                }
            }
        }
    }

    /** The same, as a tree to change before sending. */
    public static ObjectNode exampleNode(String publisher, String name) {
        try {
            return (ObjectNode) JSON.readTree(example(publisher, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** The message names (CloudEvent types) of the service's send operations on the topic. */
    public Set<String> typesSentOn(String topic) {
        return types("send", topic);
    }

    /** The message names of the service's receive operations on the topic. */
    public Set<String> typesReceivedFrom(String topic) {
        return types("receive", topic);
    }

    /**
     * Fails unless a consumer of the reader handles or ignores every type the publisher sends on the topic,
     * declares no type the publisher does not send, and the reader's own document receives exactly the
     * types it handles.
     */
    public static void assertReaderCovers(
            String reader, String publisher, String topic, Set<String> handled, Set<String> ignored) {
        Set<String> sent = of(publisher).typesSentOn(topic);
        if (sent.isEmpty()) {
            throw new AssertionError(publisher + "'s document sends nothing on " + topic);
        }
        Set<String> declared = new TreeSet<>(handled);
        declared.addAll(ignored);
        List<String> problems = new ArrayList<>();
        sent.stream()
                .filter(type -> !declared.contains(type))
                .forEach(type -> problems.add(publisher + " sends " + type + " on " + topic + ", which " + reader
                        + " neither handles nor ignores"));
        declared.stream()
                .filter(type -> !sent.contains(type))
                .forEach(type -> problems.add(
                        reader + " declares " + type + ", which " + publisher + " does not send on " + topic));
        handled.stream().filter(ignored::contains).forEach(type -> problems.add(type + " is both handled and ignored"));
        Set<String> documented = of(reader).typesReceivedFrom(topic);
        if (!documented.equals(new TreeSet<>(handled))) {
            problems.add("events/" + reader + "/asyncapi.json receives " + documented + " from " + topic
                    + ", the consumer handles " + new TreeSet<>(handled));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    /** Problems of a payload against the schema of the message of that type; empty when valid. */
    public List<String> payloadProblems(String type, String payload) {
        try {
            return problems(message(type).path("payload"), JSON.readTree(payload));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Problems of a record's headers against the headers schema of the message of that type. */
    public List<String> headerProblems(String type, Map<String, String> headers) {
        return problems(message(type).path("headers"), JSON.valueToTree(headers));
    }

    /** Fails unless the record's headers and value are those of a message of this document. */
    public void assertConforms(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String type = headers.get("ce_type");
        List<String> problems = new ArrayList<>(headerProblems(type, headers));
        problems.addAll(payloadProblems(type, record.value()));
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    type + " does not match its message in events/" + service + "/asyncapi.json: " + problems);
        }
    }

    /** The values of an enum in a message's payload; path steps are property names, {@code []} for items, {@code {}} for map keys. */
    public Set<String> enumAt(String type, String... path) {
        JsonNode schema = resolve(message(type).path("payload"));
        for (String step : path) {
            schema = switch (step) {
                case "[]" -> resolve(schema.path("items"));
                case "{}" -> resolve(schema.path("propertyNames"));
                default -> resolve(schema.path("properties").path(step));
            };
        }
        Set<String> values = new TreeSet<>();
        schema.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    /**
     * Fails unless every record of the sealed interface (each with its {@code TYPE} constant) has a message whose
     * payload schema has exactly the record's components as properties, of matching JSON types.
     */
    public void assertDescribes(Class<?> sealedEvents) {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : sealedEvents.getPermittedSubclasses()) {
            problems.addAll(describes(event, typeConstant(event)));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("events/" + service + "/asyncapi.json does not describe "
                    + sealedEvents.getSimpleName() + "'s records: " + String.join("; ", problems));
        }
    }

    /** The same for one record published as the given type. */
    public void assertDescribes(Class<?> record, String type) {
        List<String> problems = describes(record, type);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    private List<String> describes(Class<?> record, String type) {
        List<String> problems = new ArrayList<>();
        if (findMessage(type) == null) {
            problems.add("no message named " + type);
            return problems;
        }
        compare(record, message(type).path("payload"), type, problems);
        return problems;
    }

    private void compare(Type javaType, JsonNode schemaNode, String at, List<String> problems) {
        JsonNode schema = resolve(schemaNode);
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        Set<String> types = new TreeSet<>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(t -> types.add(t.asText()));
        } else if (schema.has("type")) {
            types.add(schema.path("type").asText());
        }
        if (raw.isPrimitive() && types.contains("null")) {
            problems.add(at + " may be null, but " + raw + " cannot be");
        }
        String expected;
        String format = null;
        if (raw == String.class) {
            expected = "string";
        } else if (raw == UUID.class) {
            expected = "string";
            format = "uuid";
        } else if (raw == LocalDate.class) {
            expected = "string";
            format = "date";
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            expected = "string";
            format = "date-time";
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            expected = "number";
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            expected = "integer";
        } else if (raw == boolean.class || raw == Boolean.class) {
            expected = "boolean";
        } else if (Collection.class.isAssignableFrom(raw)) {
            expected = "array";
        } else if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            expected = "object";
        } else {
            problems.add(at + ": no JSON type known for " + raw.getName());
            return;
        }
        if (!types.contains(expected)) {
            problems.add(at + " is " + types + " in the document, " + expected + " (" + raw.getSimpleName()
                    + ") in the record");
        }
        if (format != null && !format.equals(schema.path("format").asText())) {
            problems.add(at + " has format '" + schema.path("format").asText() + "', the record's "
                    + raw.getSimpleName() + " needs '" + format + "'");
        }
        if (javaType instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw)) {
            compare(p.getActualTypeArguments()[0], schema.path("items"), at + "[]", problems);
        } else if (javaType instanceof ParameterizedType p && Map.class.isAssignableFrom(raw)) {
            compare(p.getActualTypeArguments()[1], schema.path("additionalProperties"), at + "{}", problems);
        } else if (raw.isRecord()) {
            Set<String> components = new LinkedHashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.add(component.getName());
            }
            Set<String> properties = new LinkedHashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            if (!components.equals(properties)) {
                problems.add(at + " has properties " + properties + ", the record " + raw.getSimpleName() + " "
                        + components);
                return;
            }
            schema.path("required").forEach(r -> {
                if (!components.contains(r.asText())) {
                    problems.add(at + " requires " + r.asText() + ", which the record does not have");
                }
            });
            for (RecordComponent component : raw.getRecordComponents()) {
                compare(
                        component.getGenericType(),
                        schema.path("properties").path(component.getName()),
                        at + "." + component.getName(),
                        problems);
            }
        }
    }

    /** Follows a schema's reference, and folds {@code allOf} parts into one schema. */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(document.path("components").path("schemas").path(ref.substring(SCHEMA_REF.length())));
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.createObjectNode();
            ObjectNode properties = merged.putObject("properties");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(f -> {
                    if (f.getKey().equals("properties")) {
                        f.getValue().fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
                    } else {
                        merged.putIfAbsent(f.getKey(), f.getValue());
                    }
                });
            }
            return merged;
        }
        return schema;
    }

    private List<String> problems(JsonNode schema, JsonNode value) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.putArray("allOf").add(schema);
        wrapper.set("components", document.path("components"));
        return SCHEMAS.getSchema(wrapper, FORMATS).validate(value).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private Set<String> types(String action, String topic) {
        Set<String> types = new TreeSet<>();
        for (JsonNode operation : document.path("operations")) {
            JsonNode channel = at(operation.path("channel").path("$ref").asText());
            if (action.equals(operation.path("action").asText())
                    && topic.equals(channel.path("address").asText())) {
                operation
                        .path("messages")
                        .forEach(ref -> types.add(messageAt(ref.path("$ref").asText())
                                .path("name")
                                .asText()));
            }
        }
        return types;
    }

    private JsonNode message(String type) {
        JsonNode message = findMessage(type);
        if (message == null) {
            throw new AssertionError("events/" + service + "/asyncapi.json has no message named " + type);
        }
        return message;
    }

    private JsonNode findMessage(String type) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (message.path("name").asText().equals(type)) {
                return message;
            }
        }
        return null;
    }

    private JsonNode messageAt(String ref) {
        JsonNode node = at(ref);
        return node.has("$ref") ? at(node.get("$ref").asText()) : node;
    }

    private JsonNode at(String ref) {
        return document.at(ref.substring(1));
    }

    private static String typeConstant(Class<?> event) {
        try {
            Field type = event.getField("TYPE");
            if (!Modifier.isStatic(type.getModifiers())) {
                throw new AssertionError(event.getName() + ".TYPE is not static");
            }
            return (String) type.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event.getName() + " has no public TYPE constant", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = EventCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError(name + " is not on the classpath: is event-catalogue a test dependency?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
