package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.net.URI;
import java.util.List;
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
import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.rest.dto.AllocationRequest;
import org.familysafeguarding.caseload.rest.dto.AllocationResponse;
import org.familysafeguarding.caseload.service.AllocationRecords;

/** One allocation: read, handed over to another practitioner, or ended. Changes need the ETag in If-Match. */
@Path(AllocationResource.BASE)
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    static final String BASE = "/api/caseload/v1/allocations";

    private final AllocationRecords records;

    public AllocationResource(AllocationRecords records) {
        this.records = records;
    }

    @GET
    @Path("/mine")
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "The caller's open allocations",
            description = "The caller is the practitioner whose login is the token's preferred_username.")
    public List<AllocationResponse> mine() {
        return records.mine().stream().map(AllocationResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
    @Operation(summary = "Read an allocation", description = "The ETag is the version to send back in If-Match.")
    public Response read(@PathParam("id") UUID id) {
        Allocation allocation = records.read(id);
        return Response.ok(AllocationResponse.of(allocation))
                .tag(String.valueOf(allocation.version()))
                .build();
    }

    @POST
    @Path("/{id}/reallocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Hand the allocation over",
            description = "Ends this allocation on the day and starts the "
                    + "new one, checked by the same rules as a first allocation; answers the new allocation.")
    public Response reallocate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AllocationRequest.Reallocation request) {
        Allocation successor = records.reallocate(
                id,
                ifMatch,
                new AllocationRecords.Handover(
                        request.practitionerId(), request.teamId(), request.on(), request.reason()));
        return Response.created(URI.create(BASE + "/" + successor.id()))
                .tag(String.valueOf(successor.version()))
                .entity(AllocationResponse.of(successor))
                .build();
    }

    @POST
    @Path("/{id}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "End the allocation", description = "It stays in the history with its last day and reason.")
    public Response end(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AllocationRequest.Ending request) {
        Allocation ended = records.end(id, ifMatch, request.on(), request.reason());
        return Response.ok(AllocationResponse.of(ended))
                .tag(String.valueOf(ended.version()))
                .build();
    }
}
