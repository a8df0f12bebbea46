package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
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
import org.familysafeguarding.caseload.domain.assessment.Assessment;
import org.familysafeguarding.caseload.rest.dto.AssessmentRequest;
import org.familysafeguarding.caseload.rest.dto.AssessmentResponse;
import org.familysafeguarding.caseload.service.AssessmentRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The assessments of one of the council's children. */
@Path("/api/caseload/v1/children/{childId}/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class ChildAssessmentResource {

    private final AssessmentRecords records;

    public ChildAssessmentResource(AssessmentRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Start an assessment of a child")
    public Response start(@PathParam("childId") UUID childId, @Valid @NotNull AssessmentRequest request) {
        Assessment assessment = records.start(childId, request.referralId(), request.startDate());
        return Response.created(URI.create("/api/caseload/v1/assessments/" + assessment.id()))
                .entity(AssessmentResponse.of(assessment))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A child's assessments, latest first")
    public PageResponse<AssessmentResponse> ofChild(
            @PathParam("childId") UUID childId, @BeanParam @Valid PageRequest paging) {
        var found = records.ofChild(childId, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(AssessmentResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
