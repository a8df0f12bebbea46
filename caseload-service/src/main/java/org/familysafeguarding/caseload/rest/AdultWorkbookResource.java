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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.WorkbookEntryRequest;
import org.familysafeguarding.caseload.rest.dto.WorkbookEntryResponse;
import org.familysafeguarding.caseload.rest.dto.WorkbookResponse;
import org.familysafeguarding.caseload.service.WorkbookRecords;

/**
 * A parent's workbook: the programme's modules, their status and dated entries, and progress.
 * Practitioners reach the workbooks of the adults allocated to them only.
 */
@Path("/api/caseload/v1/adults/{id}/workbook")
@Tag(name = "Workbook")
@Produces(MediaType.APPLICATION_JSON)
public class AdultWorkbookResource {

    private final WorkbookRecords records;

    public AdultWorkbookResource(WorkbookRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
    @Operation(summary = "A parent's workbook with the status of each module and progress (completed / total)")
    public WorkbookResponse read(@PathParam("id") UUID id) {
        return WorkbookResponse.of(records.workbook(id));
    }

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PRACTITIONER})
    @Operation(summary = "Record work on a module: in progress, or completed")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull WorkbookEntryRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(WorkbookEntryResponse.of(records.record(id, request.toDraft())))
                .build();
    }
}
