package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.ChildResponse;
import org.familysafeguarding.caseload.service.FamilyRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The caller's council's children, found by surname or the council's child id. */
@Path("/api/caseload/v1/children")
@Tag(name = "Children")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
public class ChildResource {

    private final FamilyRecords records;

    public ChildResource(FamilyRecords records) {
        this.records = records;
    }

    @GET
    @Operation(
            summary = "Search children",
            description = "surname matches the start of the family name; childId the council's child id exactly.")
    public PageResponse<ChildResponse> search(
            @QueryParam("surname") @Size(max = 100) String surname,
            @QueryParam("childId") @Size(max = 10) String councilChildId,
            @BeanParam @Valid PageRequest paging) {
        var found = records.searchChildren(surname, councilChildId, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(ChildResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
    @Operation(summary = "Read a child")
    public ChildResponse read(@PathParam("id") UUID id) {
        return ChildResponse.of(records.readChild(id));
    }
}
