package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.domain.tender.TenderBid;
import org.familysafeguarding.contracts.rest.dto.BidRequest;
import org.familysafeguarding.contracts.rest.dto.BidResponse;
import org.familysafeguarding.contracts.rest.dto.MarksRequest;
import org.familysafeguarding.contracts.rest.dto.ModeratedScoreResponse;
import org.familysafeguarding.contracts.rest.dto.RankingResponse;
import org.familysafeguarding.contracts.rest.dto.ScoreResponse;
import org.familysafeguarding.contracts.service.TenderBids;
import org.familysafeguarding.contracts.service.TenderScoring;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * Bids, scores, moderation and ranking of a tender. Provider managers submit and see their own
 * agency's bid only, and never any score; evaluators see their own scores until moderation starts.
 */
@Path("/api/contracts/v1/contracts/{id}/tender")
@Tag(name = "Tender evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class TenderBidResource {

    private final TenderBids bids;
    private final TenderScoring scoring;

    public TenderBidResource(TenderBids bids, TenderScoring scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    @POST
    @Path("/bids")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PROVIDER_MANAGER})
    @Operation(summary = "Submit a bid (provider manager, own agency) or record one (commissioner) while bids are open")
    public Response submit(@PathParam("id") UUID contractId, @Valid @NotNull BidRequest request) {
        TenderBid bid = bids.submit(contractId, request.agencyId(), request.price(), request.summary());
        return Response.created(URI.create("/api/contracts/v1/contracts/" + contractId + "/tender/bids/" + bid.id()))
                .tag(String.valueOf(bid.version()))
                .entity(BidResponse.of(bid))
                .build();
    }

    @GET
    @Path("/bids")
    @RolesAllowed({COMMISSIONER, PROVIDER_MANAGER})
    @Operation(summary = "The bids: all for the council's commissioners, a provider manager's own only")
    public PageResponse<BidResponse> list(@PathParam("id") UUID contractId, @BeanParam @Valid PageRequest paging) {
        return PageResponse.of(bids.list(contractId), paging.page(), paging.size(), BidResponse::of);
    }

    @GET
    @Path("/bids/{bidId}")
    @RolesAllowed({COMMISSIONER, PROVIDER_MANAGER})
    @Operation(summary = "One bid")
    public BidResponse get(@PathParam("id") UUID contractId, @PathParam("bidId") UUID bidId) {
        return BidResponse.of(bids.get(contractId, bidId));
    }

    @PUT
    @Path("/bids/{bidId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Give or revise your own marks of a bid, as an evaluator on the panel, while scoring is open")
    public List<ScoreResponse> mark(
            @PathParam("id") UUID contractId, @PathParam("bidId") UUID bidId, @Valid @NotNull MarksRequest request) {
        return scoring.mark(contractId, bidId, request.toMarks()).stream()
                .map(ScoreResponse::of)
                .toList();
    }

    @GET
    @Path("/scores")
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Evaluators' marks: your own until moderation starts, everyone's from then")
    public PageResponse<ScoreResponse> scores(@PathParam("id") UUID contractId, @BeanParam @Valid PageRequest paging) {
        return page(scoring.marks(contractId), paging.page(), paging.size(), ScoreResponse::of);
    }

    @PUT
    @Path("/bids/{bidId}/moderated-scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Record moderated marks of a bid, each with its rationale (in the note), during moderation")
    public List<ModeratedScoreResponse> moderate(
            @PathParam("id") UUID contractId, @PathParam("bidId") UUID bidId, @Valid @NotNull MarksRequest request) {
        return scoring.moderate(contractId, bidId, request.toMarks()).stream()
                .map(ModeratedScoreResponse::of)
                .toList();
    }

    @GET
    @Path("/moderated-scores")
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "The moderated marks")
    public PageResponse<ModeratedScoreResponse> moderated(
            @PathParam("id") UUID contractId, @BeanParam @Valid PageRequest paging) {
        return page(scoring.moderatedMarks(contractId), paging.page(), paging.size(), ModeratedScoreResponse::of);
    }

    @GET
    @Path("/ranking")
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary =
                    "The bids ranked by weighted moderated score, with the formula and whether each may be awarded today")
    public RankingResponse ranking(@PathParam("id") UUID contractId) {
        var ranking = scoring.ranking(contractId);
        return RankingResponse.of(ranking, scoring.accreditedToday(contractId, ranking));
    }

    private static <E, T> PageResponse<T> page(List<E> all, int page, int size, Function<E, T> view) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList(from, to).stream().map(view).toList(), page, size, all.size());
    }
}
