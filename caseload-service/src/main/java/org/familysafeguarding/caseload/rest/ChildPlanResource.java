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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.rest.dto.PlanRequest;
import org.familysafeguarding.caseload.rest.dto.PlanResponse;
import org.familysafeguarding.caseload.service.PlanRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The plans and episodes of one of the council's children. */
@Path("/api/caseload/v1/children/{childId}/plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class ChildPlanResource {

    private final PlanRecords records;

    public ChildPlanResource(PlanRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Start a plan or episode for a child",
            description = "Refused when it overlaps another of the same kind.")
    public Response start(@PathParam("childId") UUID childId, @Valid @NotNull PlanRequest request) {
        Plan plan = records.start(childId, request.toStart());
        return Response.created(URI.create("/api/caseload/v1/plans/" + plan.id()))
                .entity(PlanResponse.of(plan))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A child's plans and episodes, latest first, optionally of one kind")
    public PageResponse<PlanResponse> ofChild(
            @PathParam("childId") UUID childId,
            @QueryParam("kind") PlanKind kind,
            @BeanParam @Valid PageRequest paging) {
        var found = records.ofChild(childId, kind, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(PlanResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
