package org.familysafeguarding.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One valid body corrupted in one place at a time: each text field with text no reader can show or
 * PostgreSQL cannot hold, each number with one that overflows its type or has more decimals than it
 * holds, every other field at least once with a NUL; then the whole body nested too deep, with a field
 * twice, with bytes that are not UTF-8, with a 3 MB string, and sent as another content type.
 */
final class Corruptions {

    /** One request to send: what was corrupted, where, and the bytes. */
    record Corruption(String what, String field, byte[] body, String contentType) {}

    /** The escapes as they stand in JSON text: Jackson would refuse to write a lone surrogate itself. */
    static final Map<String, String> HOSTILE_TEXT = new LinkedHashMap<>();

    static {
        HOSTILE_TEXT.put("NUL", "\\u0000");
        HOSTILE_TEXT.put("C1 control U+0085", "\\u0085");
        HOSTILE_TEXT.put("lone surrogate U+D800", "\\ud800");
        HOSTILE_TEXT.put("non-character U+FFFF", "\\uffff");
    }

    static final Map<String, String> HOSTILE_INTEGERS =
            Map.of("int overflow", "2147483648", "a fraction", "0.5", "1e400", "1e400");
    static final Map<String, String> HOSTILE_DECIMALS =
            Map.of("1e400", "1e400", "three decimals", "0.001", "26 digits", "12345678901234567890123.45");
    static final String JSON_TYPE = "application/json";
    private static final String MARK = "@@HOSTILE@@";

    /** A field of the schema: the way to it through objects and first list items, and its own schema. */
    record Field(List<String> names, List<JsonNode> schemas) {

        String path() {
            return String.join(".", names).replace(".[0]", "[0]");
        }

        JsonNode schema() {
            return schemas.get(schemas.size() - 1);
        }

        String type() {
            return schema().path("type").asText("string");
        }

        /** Free text or a name: not a code, an identifier, a date or a pattern-bound reference. */
        boolean isText() {
            return type().equals("string")
                    && !schema().has("enum")
                    && !schema().has("format")
                    && (!schema().has("pattern")
                            || schema().path("pattern").asText().equals("\\S"));
        }
    }

    private final ValidRequests valid;

    Corruptions(ValidRequests valid) {
        this.valid = valid;
    }

    List<Corruption> of(ObjectNode base, JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        fields(schema, new ArrayList<>(), new ArrayList<>(), fields, 0);
        List<Corruption> out = new ArrayList<>();
        Field firstText = null;
        Field firstString = null;
        for (Field field : fields) {
            firstString = firstString == null && field.type().equals("string") ? field : firstString;
            switch (field.type()) {
                case "integer" ->
                    HOSTILE_INTEGERS.forEach((what, number) -> out.add(number(base, field, what, number)));
                case "number" -> HOSTILE_DECIMALS.forEach((what, number) -> out.add(number(base, field, what, number)));
                case "string" -> {
                    if (field.isText()) {
                        firstText = firstText == null ? field : firstText;
                        HOSTILE_TEXT.forEach((what, escape) -> out.add(text(base, field, what, escape)));
                    } else {
                        out.add(text(base, field, "NUL", "\\u0000"));
                    }
                }
                default -> out.add(text(base, field, "NUL where a " + field.type() + " belongs", "\\u0000"));
            }
        }
        out.addAll(whole(base, firstText != null ? firstText : firstString));
        return out;
    }

    /** Whole-body corruptions; {@code text} is the first text field (else any string field), if the body has one. */
    List<Corruption> whole(ObjectNode base, Field text) {
        List<Corruption> out = new ArrayList<>();
        String json = base.toString();
        String deep = "[".repeat(1000) + "]".repeat(1000);
        out.add(new Corruption(
                "nesting 1000 deep", "nesting", bytes(insertFirst(json, "\"nesting\": " + deep)), JSON_TYPE));
        Iterator<Map.Entry<String, JsonNode>> first = base.fields();
        if (first.hasNext()) {
            var field = first.next();
            out.add(new Corruption(
                    "the field twice",
                    field.getKey(),
                    bytes(insertFirst(json, "\"" + field.getKey() + "\": " + field.getValue())),
                    JSON_TYPE));
        }
        ObjectNode marked = base.deepCopy();
        String where = text == null ? "padding" : text.path();
        if (text == null) {
            marked.put("padding", MARK);
        } else {
            set(marked, text, ValidRequests.JSON.getNodeFactory().textNode("Sample" + MARK));
        }
        out.add(new Corruption(
                "invalid UTF-8 (C3 28)",
                where,
                withBytes(marked.toString(), new byte[] {(byte) 0xC3, 0x28}),
                JSON_TYPE));
        if (text != null) {
            // a surrogate encoded in UTF-8 is decoded by Jackson without a word: refused in a field that is
            // read (a lone surrogate), harmless in one that is skipped, so only sent where it is read
            out.add(new Corruption(
                    "invalid UTF-8 (encoded surrogate ED A0 80)",
                    where,
                    withBytes(marked.toString(), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                    JSON_TYPE));
        }
        out.add(new Corruption(
                "a 3 MB string",
                where,
                bytes(marked.toString().replace(MARK, "x".repeat(3 * 1024 * 1024))),
                JSON_TYPE));
        out.add(new Corruption("a valid body as text/plain", "Content-Type", bytes(json), "text/plain"));
        return out;
    }

    private Corruption text(ObjectNode base, Field field, String what, String escape) {
        ObjectNode copy = base.deepCopy();
        JsonNode now = get(copy, field);
        String value = now != null && now.isTextual() && !now.asText().isEmpty() ? now.asText() : "Sample";
        int middle = value.offsetByCodePoints(0, value.codePointCount(0, value.length()) / 2);
        set(
                copy,
                field,
                ValidRequests.JSON
                        .getNodeFactory()
                        .textNode(value.substring(0, middle) + MARK + value.substring(middle)));
        return new Corruption(what, field.path(), bytes(copy.toString().replace(MARK, escape)), JSON_TYPE);
    }

    private Corruption number(ObjectNode base, Field field, String what, String literal) {
        ObjectNode copy = base.deepCopy();
        set(copy, field, ValidRequests.JSON.getNodeFactory().textNode(MARK));
        return new Corruption(
                what, field.path(), bytes(copy.toString().replace("\"" + MARK + "\"", literal)), JSON_TYPE);
    }

    private static void fields(
            JsonNode schema, List<String> names, List<JsonNode> schemas, List<Field> out, int depth) {
        if (depth > 6) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            var property = it.next();
            JsonNode field = ApiOperations.resolve(property.getValue());
            List<String> n = new ArrayList<>(names);
            List<JsonNode> s = new ArrayList<>(schemas);
            n.add(property.getKey());
            s.add(field);
            String type = field.path("type").asText(field.has("properties") ? "object" : "string");
            if (type.equals("array")) {
                JsonNode items = ApiOperations.resolve(field.path("items"));
                n.add("[0]");
                s.add(items);
                if (items.has("properties")) {
                    fields(items, n, s, out, depth + 1);
                } else {
                    out.add(new Field(n, s));
                }
            } else if (type.equals("object")) {
                if (field.has("properties")) {
                    fields(field, n, s, out, depth + 1);
                }
            } else {
                out.add(new Field(n, s));
            }
        }
    }

    private static JsonNode get(JsonNode root, Field field) {
        JsonNode node = root;
        for (String name : field.names()) {
            node = node == null ? null : name.equals("[0]") ? node.get(0) : node.get(name);
        }
        return node;
    }

    /** Sets the field in the copy, making the objects and first list items on the way valid where absent. */
    private void set(ObjectNode root, Field field, JsonNode value) {
        JsonNode node = root;
        List<String> names = field.names();
        for (int i = 0; i < names.size() - 1; i++) {
            String name = names.get(i);
            JsonNode next = name.equals("[0]") ? node.get(0) : node.get(name);
            if (next == null || next.isNull() || (next.isArray() && next.isEmpty())) {
                JsonNode made = names.get(i + 1).equals("[0]")
                        ? ValidRequests.JSON.createArrayNode()
                        : valid.object(field.schemas().get(i), null);
                if (next != null && next.isArray() && made.isArray()) {
                    made = next;
                }
                if (name.equals("[0]")) {
                    ((ArrayNode) node).add(made);
                } else {
                    ((ObjectNode) node).set(name, made);
                }
                next = made;
            }
            node = next;
        }
        String last = names.get(names.size() - 1);
        if (last.equals("[0]")) {
            ArrayNode list = (ArrayNode) node;
            if (list.isEmpty()) {
                list.add(value);
            } else {
                list.set(0, value);
            }
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static String insertFirst(String json, String member) {
        return "{" + member + (json.equals("{}") ? "" : ", ") + json.substring(1);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBytes(String json, byte[] raw) {
        int at = json.indexOf(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(json.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(bytes(json.substring(at + MARK.length())));
        return out.toByteArray();
    }
}
