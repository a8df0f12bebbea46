package org.familysafeguarding.gateway.asyncapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.familysafeguarding.gateway.config.GatewayConfig;
import org.familysafeguarding.gateway.openapi.ServiceProbe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One AsyncAPI document for the whole platform, merged from the services' own ({@code /q/asyncapi}), beside /openapi.json. */
@Path("/asyncapi.json")
@PermitAll
public class MergedAsyncApiResource {

    static final String SERVICE_DOCUMENT = "/q/asyncapi";

    private final GatewayConfig config;
    private final ServiceProbe probe;
    private final ObjectMapper json;

    public MergedAsyncApiResource(GatewayConfig config, ServiceProbe probe, ObjectMapper json) {
        this.config = config;
        this.probe = probe;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ObjectNode merged() {
        Map<String, JsonNode> documents = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        for (String service : config.services().keySet()) {
            probe.get(service, SERVICE_DOCUMENT).flatMap(this::parse)
                    .ifPresentOrElse(doc -> documents.put(service, doc), () -> unavailable.add(service));
        }
        ObjectNode merged = new AsyncApiMerger(json).merge("Family Safeguarding platform events", "1.0.0", documents);
        if (!unavailable.isEmpty()) {
            // Say which parts are missing rather than fail the whole document.
            merged.putPOJO("x-unavailable-services", unavailable);
        }
        return merged;
    }

    private java.util.Optional<JsonNode> parse(String body) {
        try {
            JsonNode document = json.readTree(body);
            return document != null && document.isObject() ? java.util.Optional.of(document) : java.util.Optional.empty();
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }
}
