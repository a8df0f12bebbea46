package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.CinCode;
import org.familysafeguarding.caseload.service.ChildCensusRecords;

/** What the CIN census needs of a child beyond the child record. */
@Path("/api/caseload/v1/children/{childId}/census-details")
@Tag(name = "Statutory returns")
@Produces(MediaType.APPLICATION_JSON)
public class ChildCensusResource {

    public record CensusDetailsRequest(
            @Schema(
                    description =
                            "Why the child's UPN is not known, UN1..UN7 (only while it has no UPN); null clears it")
            @CinCode("upn-unknown")
            String upnUnknownReason) {}

    private final ChildCensusRecords records;

    public ChildCensusResource(ChildCensusRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A child's census details")
    public ChildCensusRecords.CensusDetails read(@PathParam("childId") UUID childId) {
        return records.read(childId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Set why the child's UPN is not known (the census's UPNunknown)")
    public ChildCensusRecords.CensusDetails set(
            @PathParam("childId") UUID childId, @Valid @NotNull CensusDetailsRequest request) {
        return records.set(childId, request.upnUnknownReason());
    }
}
