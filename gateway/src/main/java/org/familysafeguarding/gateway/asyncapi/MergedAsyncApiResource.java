package org.familysafeguarding.gateway.asyncapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.familysafeguarding.gateway.openapi.ServiceDocuments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One AsyncAPI document for the whole platform, merged from the services' own ({@code /q/asyncapi}), beside /openapi.json. */
@Path("/asyncapi.json")
@PermitAll
public class MergedAsyncApiResource {

    static final String SERVICE_DOCUMENT = "/q/asyncapi";

    private final ServiceDocuments services;
    private final ObjectMapper json;

    public MergedAsyncApiResource(ServiceDocuments services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ObjectNode merged() {
        ServiceDocuments.Fetched fetched = services.fetch(SERVICE_DOCUMENT);
        return fetched.markUnavailable(
                new AsyncApiMerger(json).merge("Family Safeguarding platform events", "1.0.0", fetched.documents()));
    }
}
