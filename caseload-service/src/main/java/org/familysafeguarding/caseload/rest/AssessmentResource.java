package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.HashSet;
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
import org.familysafeguarding.caseload.rest.dto.AssessmentRequest;
import org.familysafeguarding.caseload.rest.dto.AssessmentResponse;
import org.familysafeguarding.caseload.service.AssessmentRecords;

/** Assessments of the council's children. */
@Path("/api/caseload/v1/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentRecords records;

    public AssessmentResource(AssessmentRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Read an assessment")
    public AssessmentResponse read(@PathParam("id") UUID id) {
        return AssessmentResponse.of(records.read(id));
    }

    @PUT
    @Path("/{id}/authorisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(TEAM_MANAGER)
    @Operation(
            summary = "Authorise an assessment with the factors identified",
            description = "Once only; counts the working days and whether it was within 45.")
    public AssessmentResponse authorise(
            @PathParam("id") UUID id, @Valid @NotNull AssessmentRequest.Authorisation authorisation) {
        return AssessmentResponse.of(
                records.authorise(id, authorisation.authorisationDate(), new HashSet<>(authorisation.factors())));
    }
}
