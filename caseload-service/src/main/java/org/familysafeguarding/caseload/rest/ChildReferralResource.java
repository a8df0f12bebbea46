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
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.rest.dto.ReferralRequest;
import org.familysafeguarding.caseload.rest.dto.ReferralResponse;
import org.familysafeguarding.caseload.service.ReferralRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** The referrals of one of the council's children. */
@Path("/api/caseload/v1/children/{childId}/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ChildReferralResource {

    private final ReferralRecords records;

    public ChildReferralResource(ReferralRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(summary = "Record a referral of a child", description = "The re-referral flag is computed.")
    public Response receive(@PathParam("childId") UUID childId, @Valid @NotNull ReferralRequest request) {
        Referral referral = records.receive(
                childId, request.referralDate(), request.source(), request.primaryNeed(), request.outcome());
        return Response.created(URI.create("/api/caseload/v1/referrals/" + referral.id()))
                .entity(ReferralResponse.of(referral))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A child's referrals, latest first")
    public PageResponse<ReferralResponse> ofChild(
            @PathParam("childId") UUID childId, @BeanParam @Valid PageRequest paging) {
        var found = records.ofChild(childId, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(ReferralResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
