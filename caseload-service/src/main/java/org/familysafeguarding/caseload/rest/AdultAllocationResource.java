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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.rest.dto.AllocationRequest;
import org.familysafeguarding.caseload.rest.dto.AllocationResponse;
import org.familysafeguarding.caseload.service.AllocationRecords;

/** An adult's allocations to adult-facing practitioners, one open allocation per specialism. */
@Path("/api/caseload/v1/adults/{adultId}/allocations")
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
public class AdultAllocationResource {

    private final AllocationRecords records;

    public AdultAllocationResource(AllocationRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Allocate the adult to a practitioner for a specialism",
            description = "Refused (422) with the rule that fails: practitioner-not-active, role-does-not-match, "
                    + "not-in-team, not-commissioned, no-information-sharing-agreement, caseload-limit-reached, "
                    + "already-allocated.")
    public Response allocate(@PathParam("adultId") UUID adultId, @Valid @NotNull AllocationRequest.ForAdult request) {
        Allocation allocation =
                records.allocateAdult(adultId, request.specialism(), request.practitionerId(), request.from());
        return Response.created(URI.create(AllocationResource.BASE + "/" + allocation.id()))
                .tag(String.valueOf(allocation.version()))
                .entity(AllocationResponse.of(allocation))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
    @Operation(summary = "The adult's allocations, newest first", description = "A practitioner sees their own.")
    public List<AllocationResponse> history(@PathParam("adultId") UUID adultId) {
        return records.ofAdult(adultId).stream().map(AllocationResponse::of).toList();
    }
}
