package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.ActionStatusRequest;
import org.familysafeguarding.caseload.rest.dto.GroupSupervisionRequest;
import org.familysafeguarding.caseload.rest.dto.GroupSupervisionResponse;
import org.familysafeguarding.caseload.rest.dto.GroupSupervisionSummaryResponse;
import org.familysafeguarding.caseload.rest.dto.SupervisionActionResponse;
import org.familysafeguarding.caseload.service.GroupSupervisionRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** Group supervision of the council's Family Safeguarding teams. */
@Path("/api/caseload/v1/group-supervisions")
@Tag(name = "Group supervision")
@Produces(MediaType.APPLICATION_JSON)
public class GroupSupervisionResource {

    private final GroupSupervisionRecords records;
    private final Clock clock;

    public GroupSupervisionResource(GroupSupervisionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Record a session: attendees by discipline, families discussed with risk and decision, actions")
    public Response record(@Valid @NotNull GroupSupervisionRequest request) {
        return answer(records.record(request.toRecord()), Response.Status.CREATED);
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "The council's sessions, optionally of one team, latest first")
    public PageResponse<GroupSupervisionSummaryResponse> list(
            @QueryParam("teamId") UUID teamId, @BeanParam @Valid PageRequest paging) {
        var found = records.list(teamId, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(GroupSupervisionSummaryResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "Read a session with its decisions and actions",
            description = "The ETag is the version to send back in If-Match.")
    public Response read(@PathParam("id") UUID id) {
        return answer(records.read(id), Response.Status.OK);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Correct a session before it is agreed",
            description = "Needs If-Match; the actions sent replace the session's actions.")
    public Response correct(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GroupSupervisionRequest request) {
        return answer(records.correct(id, ifMatch, request.toRecord()), Response.Status.OK);
    }

    @PUT
    @Path("/{id}/agreement")
    @RolesAllowed(TEAM_MANAGER)
    @Operation(summary = "The team manager agrees the session's record and actions", description = "Needs If-Match.")
    public Response agree(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(records.agree(id, ifMatch), Response.Status.OK);
    }

    @PUT
    @Path("/{id}/actions/{actionId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Mark an action done or cancelled, or reopen it",
            description = "Needs If-Match with the action's version.")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @PathParam("actionId") UUID actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionStatusRequest request) {
        var action = records.changeActionStatus(id, actionId, ifMatch, request.status());
        return Response.ok(SupervisionActionResponse.of(action, LocalDate.now(clock)))
                .tag(String.valueOf(action.version()))
                .build();
    }

    @GET
    @Path("/actions/overdue")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Open actions past their due date, oldest due first, optionally of one team or owner")
    public PageResponse<SupervisionActionResponse> overdue(
            @QueryParam("teamId") UUID teamId,
            @QueryParam("ownerId") UUID ownerId,
            @BeanParam @Valid PageRequest paging) {
        var found = records.overdue(teamId, ownerId, paging.page(), paging.size());
        LocalDate today = LocalDate.now(clock);
        return new PageResponse<>(
                found.items().stream()
                        .map(a -> SupervisionActionResponse.of(a, today))
                        .toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    @GET
    @Path("/actions/mine")
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "The caller's own open actions, soonest due first, each saying whether it is overdue")
    public PageResponse<SupervisionActionResponse> mine(@BeanParam @Valid PageRequest paging) {
        var found = records.mine(paging.page(), paging.size());
        LocalDate today = LocalDate.now(clock);
        return new PageResponse<>(
                found.items().stream()
                        .map(a -> SupervisionActionResponse.of(a, today))
                        .toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    private Response answer(GroupSupervisionRecords.Session s, Response.Status status) {
        return Response.status(status)
                .entity(GroupSupervisionResponse.of(s.session(), s.actions(), LocalDate.now(clock)))
                .tag(String.valueOf(s.session().version()))
                .build();
    }
}
