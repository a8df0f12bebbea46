package org.familysafeguarding.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OCDS 1.1 release package schema with the budget breakdown and metrics extensions patched
 * into the release schema as OCDS does (JSON Merge Patch), from contracts-service's copies (a test
 * resource of this module, see pom.xml): the same check its own tests make of every package.
 */
final class OcdsSchema {

    static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    static final String[] EXTENSIONS = {"budget_breakdown", "metrics"};
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema PACKAGE = load();

    private OcdsSchema() {}

    /** The validation errors of a release package, empty when it is valid. */
    static Set<ValidationMessage> errors(String releasePackage) {
        try {
            return PACKAGE.validate(JSON.readTree(releasePackage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> errors(JsonNode releasePackage) {
        return PACKAGE.validate(releasePackage);
    }

    private static JsonSchema load() {
        JsonNode release = read("ocds/release-schema.json");
        for (String extension : EXTENSIONS) {
            release = mergePatch(release, read("ocds/extensions/" + extension + "/release-schema.json"));
        }
        Map<String, String> schemas = Map.of(
                BASE + "release-schema.json",
                release.toString(),
                BASE + "release-package-schema.json",
                read("ocds/release-package-schema.json").toString());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V4, builder -> builder.schemaLoaders(loaders -> loaders.schemas(schemas)));
        return factory.getSchema(
                SchemaLocation.of(BASE + "release-package-schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** RFC 7386: a patch object merges member by member, null removes, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode merged =
                target != null && target.isObject() ? (ObjectNode) target.deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else {
                merged.set(field.getKey(), mergePatch(merged.get(field.getKey()), field.getValue()));
            }
        }
        return merged;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OcdsSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
