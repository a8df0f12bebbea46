package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
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

/** A family's allocation to a Family Safeguarding team and its lead social worker, and the history of its allocations. */
@Path("/api/caseload/v1/families/{familyId}/allocations")
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyAllocationResource {

    private final AllocationRecords records;

    public FamilyAllocationResource(AllocationRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Allocate the family to a team and its lead social worker",
            description = "Refused (422) with the rule that fails: practitioner-not-active, role-does-not-match, "
                    + "not-in-team, not-commissioned, caseload-limit-reached, already-allocated.")
    public Response allocate(@PathParam("familyId") UUID familyId, @Valid @NotNull AllocationRequest request) {
        Allocation allocation =
                records.allocateFamily(familyId, request.teamId(), request.practitionerId(), request.from());
        return Response.created(URI.create(AllocationResource.BASE + "/" + allocation.id()))
                .tag(String.valueOf(allocation.version()))
                .entity(AllocationResponse.of(allocation))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "The family's allocations and its adults', newest first, ended ones included")
    public List<AllocationResponse> history(@PathParam("familyId") UUID familyId) {
        return records.ofFamily(familyId).stream().map(AllocationResponse::of).toList();
    }
}
