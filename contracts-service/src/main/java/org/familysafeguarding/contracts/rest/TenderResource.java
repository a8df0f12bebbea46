package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.rest.dto.CriteriaRequest;
import org.familysafeguarding.contracts.rest.dto.PanelRequest;
import org.familysafeguarding.contracts.rest.dto.RecommendationRequest;
import org.familysafeguarding.contracts.rest.dto.TenderResponse;
import org.familysafeguarding.contracts.service.TenderAccess;
import org.familysafeguarding.contracts.service.TenderEvaluations;

/**
 * A contract's tender evaluation: the council's commissioners set criteria and panel, open and
 * close bids, start moderation and record the recommendation, each with If-Match. A provider
 * manager sees the stage and criteria of an open tender.
 */
@Path("/api/contracts/v1/contracts/{id}/tender")
@Tag(name = "Tender evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class TenderResource {

    private final TenderEvaluations evaluations;
    private final TenderAccess access;

    public TenderResource(TenderEvaluations evaluations, TenderAccess access) {
        this.evaluations = evaluations;
        this.access = access;
    }

    @POST
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Start the tender evaluation of a contract in procurement on a competitive route")
    public Response start(@PathParam("id") UUID contractId) {
        TenderEvaluation tender = evaluations.start(contractId);
        return Response.created(URI.create("/api/contracts/v1/contracts/" + contractId + "/tender"))
                .tag(String.valueOf(tender.version()))
                .entity(view(tender))
                .build();
    }

    @GET
    @RolesAllowed({COMMISSIONER, PROVIDER_MANAGER})
    @Operation(
            summary =
                    "The tender: stage and criteria; for the council's commissioners also panel, progress and decisions")
    public Response get(@PathParam("id") UUID contractId) {
        TenderEvaluation tender = evaluations.view(contractId);
        return Response.ok(access.isBidder() ? TenderResponse.forBidder(tender) : view(tender))
                .tag(String.valueOf(tender.version()))
                .build();
    }

    @PUT
    @Path("/criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Set the evaluation criteria (before bids open)", description = "Needs If-Match.")
    public Response criteria(
            @PathParam("id") UUID contractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CriteriaRequest request) {
        return answer(evaluations.setCriteria(contractId, ifMatch, request.toPlans()));
    }

    @PUT
    @Path("/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Name the evaluation panel (before scoring)", description = "Needs If-Match.")
    public Response panel(
            @PathParam("id") UUID contractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PanelRequest request) {
        return answer(evaluations.setPanel(contractId, ifMatch, request.evaluators()));
    }

    @POST
    @Path("/open-bids")
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Open the tender for bids; the criteria are fixed from now", description = "Needs If-Match.")
    public Response openBids(@PathParam("id") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(evaluations.openBids(contractId, ifMatch));
    }

    @POST
    @Path("/close-bids")
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Close bids and open scoring to the panel", description = "Needs If-Match.")
    public Response closeBids(@PathParam("id") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(evaluations.closeBids(contractId, ifMatch));
    }

    @POST
    @Path("/moderation")
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Start moderation once every evaluator has marked every bid", description = "Needs If-Match.")
    public Response moderation(@PathParam("id") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(evaluations.startModeration(contractId, ifMatch));
    }

    @POST
    @Path("/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Record the recommended bid with its rationale", description = "Needs If-Match.")
    public Response recommend(
            @PathParam("id") UUID contractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecommendationRequest request) {
        return answer(evaluations.recommend(contractId, ifMatch, request.bidId(), request.rationale()));
    }

    private Response answer(TenderEvaluation tender) {
        return Response.ok(view(tender)).tag(String.valueOf(tender.version())).build();
    }

    private TenderResponse view(TenderEvaluation tender) {
        return TenderResponse.of(tender, evaluations.marksGiven(tender), evaluations.marksExpected(tender));
    }
}
