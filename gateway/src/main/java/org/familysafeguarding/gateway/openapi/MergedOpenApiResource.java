package org.familysafeguarding.gateway.openapi;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One OpenAPI document for the whole platform, merged from the services' own documents. */
@Path("/openapi.json")
@PermitAll
public class MergedOpenApiResource {

    private final GatewayConfig config;
    private final ServiceProbe probe;
    private final ObjectMapper json;

    public MergedOpenApiResource(GatewayConfig config, ServiceProbe probe, ObjectMapper json) {
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
            probe.get(service, "/q/openapi?format=json").map(this::parse)
                    .ifPresentOrElse(doc -> documents.put(service, doc), () -> unavailable.add(service));
        }
        ObjectNode merged = new OpenApiMerger(json).merge("Family Safeguarding platform API", "v1", documents);
        if (!unavailable.isEmpty()) {
            // Say which parts are missing rather than fail the whole document.
            merged.putPOJO("x-unavailable-services", unavailable);
        }
        return merged;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
