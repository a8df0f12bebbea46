package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.familysafeguarding.partners.domain.team.Fidelity;
import org.familysafeguarding.partners.domain.team.Team;
import org.familysafeguarding.partners.domain.team.TeamMembershipRepository;
import org.familysafeguarding.partners.domain.team.TeamNotFound;
import org.familysafeguarding.partners.domain.team.TeamRepository;
import org.familysafeguarding.partners.rest.dto.FormTeamRequest;
import org.familysafeguarding.partners.rest.dto.JoinTeamRequest;
import org.familysafeguarding.partners.rest.dto.LeaveTeamRequest;
import org.familysafeguarding.partners.rest.dto.TeamFidelityResponse;
import org.familysafeguarding.partners.rest.dto.TeamMemberResponse;
import org.familysafeguarding.partners.rest.dto.TeamResponse;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.partners.service.TeamRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * A council's Family Safeguarding teams. Commissioners (and the partnership admin) of the council
 * form them and keep their membership; the council's staff read them. Another council's team does
 * not exist for the caller (404).
 */
@Path("/api/partners/v1/teams")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamRecords service;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final PartnersAccess access;
    private final Clock clock;

    public TeamResource(
            TeamRecords service,
            TeamRepository teams,
            TeamMembershipRepository memberships,
            PartnersAccess access,
            Clock clock) {
        this.service = service;
        this.teams = teams;
        this.memberships = memberships;
        this.access = access;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Form a team in the caller's council")
    public Response form(@Valid @NotNull FormTeamRequest request) {
        Team team = service.form(
                access.ownCouncil(),
                request.name(),
                request.managerPractitionerId(),
                request.caseloadLimits(),
                request.formedOn());
        return Response.created(URI.create("/api/partners/v1/teams/" + team.id()))
                .entity(TeamResponse.of(team, java.util.List.of()))
                .build();
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, TEAM_MANAGER, SOCIAL_WORKER, ANALYST, AUDITOR})
    @Operation(summary = "List the caller's council's teams", description = "q matches any part of the name.")
    public PageResponse<TeamResponse> list(
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageRequest paging) {
        return PageResponse.of(
                teams.ofCouncil(access.councilOfLists(), q),
                paging.page(),
                paging.size(),
                t -> TeamResponse.of(t, memberships.ofTeam(t.id())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, TEAM_MANAGER, SOCIAL_WORKER, ANALYST, AUDITOR})
    @Operation(summary = "Read a team with its members")
    public TeamResponse get(@PathParam("id") UUID id) {
        Team team = ownTeam(id);
        return TeamResponse.of(team, memberships.ofTeam(id));
    }

    @GET
    @Path("/{id}/fidelity")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, TEAM_MANAGER, ANALYST, AUDITOR})
    @Operation(summary = "Which disciplines of the model a team has and lacks, with FTE by discipline")
    public TeamFidelityResponse fidelity(@PathParam("id") UUID id, @QueryParam("on") LocalDate on) {
        ownTeam(id);
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return TeamFidelityResponse.of(id, Fidelity.of(memberships.ofTeam(id), day));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A practitioner joins the team")
    public Response join(@PathParam("id") UUID id, @Valid @NotNull JoinTeamRequest request) {
        var membership = service.join(ownTeam(id), request.practitionerId(), request.from());
        return Response.status(201).entity(TeamMemberResponse.of(membership)).build();
    }

    @POST
    @Path("/{id}/members/{practitionerId}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A practitioner leaves the team")
    public TeamMemberResponse leave(
            @PathParam("id") UUID id,
            @PathParam("practitionerId") UUID practitionerId,
            @Valid @NotNull LeaveTeamRequest request) {
        return TeamMemberResponse.of(service.leave(ownTeam(id), practitionerId, request.on()));
    }

    private Team ownTeam(UUID id) {
        return teams.findByIdOptional(id).filter(access::sees).orElseThrow(() -> new TeamNotFound(id));
    }
}
