package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.InterventionRequest;
import org.familysafeguarding.caseload.rest.dto.InterventionResponse;
import org.familysafeguarding.caseload.service.InterventionRecords;

/** One intervention: read, or voided as entered in error. */
@Path(InterventionResource.BASE)
@Tag(name = "Interventions")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionResource {

    static final String BASE = "/api/caseload/v1/interventions";

    private final InterventionRecords records;

    public InterventionResource(InterventionRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Read an intervention", description = "The ETag is the version to send back in If-Match.")
    public Response read(@PathParam("id") UUID id) {
        var seen = records.read(id);
        return Response.ok(InterventionResponse.of(seen))
                .tag(String.valueOf(seen.intervention().version()))
                .build();
    }

    @POST
    @Path("/{id}/voiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Void an intervention entered in error",
            description = "By the practitioner who recorded it; publishes intervention-voided.v1.")
    public Response voidAsError(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InterventionRequest.Voiding request) {
        var voided = records.voidAsError(id, ifMatch, request.reason());
        return Response.ok(InterventionResponse.of(voided))
                .tag(String.valueOf(voided.intervention().version()))
                .build();
    }
}
