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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.ReferralRequest;
import org.familysafeguarding.caseload.rest.dto.ReferralResponse;
import org.familysafeguarding.caseload.service.ReferralRecords;

/** Referrals of the council's children. */
@Path("/api/caseload/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralRecords records;

    public ReferralResource(ReferralRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Read a referral")
    public ReferralResponse read(@PathParam("id") UUID id) {
        return ReferralResponse.of(records.read(id));
    }

    @PUT
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Record what a referral led to", description = "Once decided, an outcome stands.")
    public ReferralResponse decide(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest.Decision decision) {
        return ReferralResponse.of(records.decide(id, decision.outcome()));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Close the CIN episode the referral opened (the child's case), with the CIN reason for closure",
            description =
                    "Refused while a plan of the episode, an assessment or a section 47 enquiry is still open on that day.")
    public ReferralResponse closeEpisode(
            @PathParam("id") UUID id, @Valid @NotNull ReferralRequest.EpisodeClosure closure) {
        return ReferralResponse.of(records.closeEpisode(id, closure.closureDate(), closure.reason()));
    }
}
