package org.familysafeguarding.gateway.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One OpenAPI document for the whole platform, merged from the services' own documents. */
@Path("/openapi.json")
@PermitAll
public class MergedOpenApiResource {

    private final ServiceDocuments services;
    private final ObjectMapper json;

    public MergedOpenApiResource(ServiceDocuments services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ObjectNode merged() {
        ServiceDocuments.Fetched fetched = services.fetch("/q/openapi?format=json");
        return fetched.markUnavailable(
                new OpenApiMerger(json).merge("Family Safeguarding platform API", "v1", fetched.documents()));
    }
}
