package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.InterventionRequest;
import org.familysafeguarding.caseload.rest.dto.InterventionResponse;
import org.familysafeguarding.caseload.service.InterventionRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The interventions with one adult. */
@Path("/api/caseload/v1/adults/{adultId}/interventions")
@Tag(name = "Interventions")
@Produces(MediaType.APPLICATION_JSON)
public class AdultInterventionResource {

    private final InterventionRecords records;

    public AdultInterventionResource(InterventionRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Record an intervention with the adult",
            description = "By the practitioner allocated to the adult (or the family's lead social worker); "
                    + "publishes intervention-recorded.v1.")
    public Response record(@PathParam("adultId") UUID adultId, @Valid @NotNull InterventionRequest request) {
        var recorded = records.record(adultId, request.toDetails());
        return Response.created(URI.create(InterventionResource.BASE + "/"
                        + recorded.intervention().id()))
                .tag(String.valueOf(recorded.intervention().version()))
                .entity(InterventionResponse.of(recorded))
                .build();
    }

    @GET
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "The adult's interventions, latest first",
            description =
                    "A practitioner sees their own and shared ones; notes' text only for the recording agency or when shared.")
    public PageResponse<InterventionResponse> ofAdult(
            @PathParam("adultId") UUID adultId, @BeanParam @Valid PageRequest paging) {
        var found = records.ofAdult(adultId, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(InterventionResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
