package org.familysafeguarding.caseload.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.caseload.service.MalformedProbationEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Reads a record of {@code hmpps.domain-events}: JSON, valid against the HMPPS envelope schema, then this service's copy. */
@ApplicationScoped
public class HmppsEnvelope {

    private final ObjectMapper json;
    private final JsonSchema schema;

    public HmppsEnvelope(ObjectMapper json) {
        this.json = json;
        this.schema = load(json);
    }

    /** @throws MalformedProbationEvent saying why the record is not an HMPPS domain event */
    public HmppsDomainEvent read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedProbationEvent("empty record");
        }
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new MalformedProbationEvent("not JSON: " + e.getOriginalMessage());
        }
        Set<ValidationMessage> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new MalformedProbationEvent("fails the HMPPS envelope schema: "
                    + errors.stream()
                            .map(ValidationMessage::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        try {
            return json.treeToValue(tree, HmppsDomainEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedProbationEvent("not a readable HMPPS domain event: " + e.getOriginalMessage());
        }
    }

    private static JsonSchema load(ObjectMapper json) {
        try (InputStream in =
                HmppsEnvelope.class.getClassLoader().getResourceAsStream("hmpps/hmpps-domain-event.schema.json")) {
            ObjectNode node = (ObjectNode) json.readTree(in);
            // "http://json-schema.org/schema#" names no draft; the schema uses $defs, so it is read as 2020-12.
            node.remove("$schema");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            node,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(false)
                                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
