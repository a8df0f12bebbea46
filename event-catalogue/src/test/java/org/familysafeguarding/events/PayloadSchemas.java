package org.familysafeguarding.events;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON against a schema of an AsyncAPI document. AsyncAPI's default schema format is a superset
 * of JSON Schema draft 7; the schema is checked inside its document, so that its references resolve.
 */
final class PayloadSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private PayloadSchemas() {}

    /** The problems found, empty when the value is valid. */
    static List<String> problems(JsonNode document, JsonNode schema, JsonNode value) {
        ObjectNode wrapper = CatalogueFiles.JSON.createObjectNode();
        wrapper.putArray("allOf").add(schema);
        wrapper.set("components", document.path("components"));
        return FACTORY.getSchema(wrapper, CONFIG).validate(value).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
