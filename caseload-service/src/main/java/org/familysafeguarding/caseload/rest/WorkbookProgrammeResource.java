package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.workbook.WorkbookProgramme;
import org.familysafeguarding.caseload.rest.dto.WorkbookProgrammeRequest;
import org.familysafeguarding.caseload.rest.dto.WorkbookProgrammeResponse;
import org.familysafeguarding.caseload.service.WorkbookRecords;

/** The modules of the parental-work programme the caller's council uses in its workbooks. */
@Path("/api/caseload/v1/workbook/programme")
@Tag(name = "Workbook")
@Produces(MediaType.APPLICATION_JSON)
public class WorkbookProgrammeResource {

    private final WorkbookRecords records;

    public WorkbookProgrammeResource(WorkbookRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "The council's programme of workbook modules (the default list until it sets its own)",
            description = "The ETag is the version to send back in If-Match.")
    public Response read() {
        return answer(records.programme());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "Set the council's programme of workbook modules",
            description = "Needs If-Match with the version read.")
    public Response change(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WorkbookProgrammeRequest request) {
        return answer(records.setProgramme(ifMatch, request.toModules()));
    }

    private static Response answer(WorkbookProgramme programme) {
        return Response.ok(WorkbookProgrammeResponse.of(programme))
                .tag(String.valueOf(programme.version()))
                .build();
    }
}
