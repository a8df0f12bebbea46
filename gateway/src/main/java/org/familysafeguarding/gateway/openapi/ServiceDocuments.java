package org.familysafeguarding.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.gateway.config.GatewayConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each service's own description document (OpenAPI, AsyncAPI), fetched to be merged into the platform's one. */
@ApplicationScoped
public class ServiceDocuments {

    /** The documents by service name, and the services that gave none (down, failing, or not a JSON object). */
    public record Fetched(Map<String, JsonNode> documents, List<String> unavailable) {

        /** Says in the merged document which services are missing from it, rather than fail it whole. */
        public ObjectNode markUnavailable(ObjectNode merged) {
            if (!unavailable.isEmpty()) {
                merged.putPOJO("x-unavailable-services", unavailable);
            }
            return merged;
        }
    }

    private final GatewayConfig config;
    private final ServiceProbe probe;
    private final ObjectMapper json;

    public ServiceDocuments(GatewayConfig config, ServiceProbe probe, ObjectMapper json) {
        this.config = config;
        this.probe = probe;
        this.json = json;
    }

    public Fetched fetch(String path) {
        Map<String, JsonNode> documents = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        for (String service : config.services().keySet()) {
            probe.get(service, path)
                    .flatMap(this::parse)
                    .ifPresentOrElse(doc -> documents.put(service, doc), () -> unavailable.add(service));
        }
        return new Fetched(documents, unavailable);
    }

    private Optional<JsonNode> parse(String body) {
        try {
            JsonNode document = json.readTree(body);
            return document != null && document.isObject() ? Optional.of(document) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
