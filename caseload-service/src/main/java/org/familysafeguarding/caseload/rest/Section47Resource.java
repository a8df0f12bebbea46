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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.ConcludeSection47Request;
import org.familysafeguarding.caseload.rest.dto.Section47Response;
import org.familysafeguarding.caseload.service.Section47Records;

/** Section 47 enquiries of the council's children. */
@Path("/api/caseload/v1/section47-enquiries")
@Tag(name = "Section 47 enquiries")
@Produces(MediaType.APPLICATION_JSON)
public class Section47Resource {

    private final Section47Records records;

    public Section47Resource(Section47Records records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Read a section 47 enquiry")
    public Section47Response read(@PathParam("id") UUID id) {
        return Section47Response.of(records.read(id));
    }

    @PUT
    @Path("/{id}/conference")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Record the initial child protection conference, or that none was needed",
            description =
                    "Once concluded, it stands. A child protection plan that follows starts on the conference's day.")
    public Section47Response conclude(@PathParam("id") UUID id, @Valid @NotNull ConcludeSection47Request conclusion) {
        return Section47Response.of(
                records.conclude(id, conclusion.conferenceDate(), Boolean.TRUE.equals(conclusion.notRequired())));
    }
}
