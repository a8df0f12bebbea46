package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.familysafeguarding.contracts.domain.kpi.FinancialQuarter;
import org.familysafeguarding.contracts.domain.kpi.KpiTarget;
import org.familysafeguarding.contracts.rest.dto.KpiRequest;
import org.familysafeguarding.contracts.rest.dto.KpiResponse;
import org.familysafeguarding.contracts.rest.dto.PerformanceResponse;
import org.familysafeguarding.contracts.rest.dto.RatingBandsRequest;
import org.familysafeguarding.contracts.rest.dto.RatingBandsResponse;
import org.familysafeguarding.contracts.service.KpiDisclosure;
import org.familysafeguarding.contracts.service.KpiPerformance;
import org.familysafeguarding.contracts.service.KpiRegister;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * A contract's KPIs, counted from caseload-service's interventions by financial quarter. The same
 * access as the contract: its council's commissioners change them; council staff and the
 * provider's managers read them.
 */
@Path("/api/contracts/v1/contracts/{id}")
@Tag(name = "Contract KPIs")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiRegister register;
    private final KpiPerformance performance;
    private final KpiDisclosure disclosure;

    public KpiResource(KpiRegister register, KpiPerformance performance, KpiDisclosure disclosure) {
        this.register = register;
        this.performance = performance;
        this.disclosure = disclosure;
    }

    @POST
    @Path("/kpis")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Set a KPI: at least so many interventions of a type a quarter", description = "One per type.")
    public Response set(@PathParam("id") UUID id, @Valid @NotNull KpiRequest request) {
        KpiTarget target = register.set(
                id,
                request.interventionType(),
                request.perQuarter(),
                request.effectiveFrom(),
                request.countsOncePerFamily());
        return Response.created(URI.create("/api/contracts/v1/contracts/" + id + "/kpis/" + target.id()))
                .tag(String.valueOf(target.version()))
                .entity(KpiResponse.of(target))
                .build();
    }

    @PUT
    @Path("/kpis/{kpiId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Revise a KPI", description = "Needs If-Match.")
    public Response revise(
            @PathParam("id") UUID id,
            @PathParam("kpiId") UUID kpiId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull KpiRequest request) {
        KpiTarget target = register.revise(
                id, kpiId, ifMatch, request.interventionType(), request.perQuarter(), request.countsOncePerFamily());
        return Response.ok(KpiResponse.of(target))
                .tag(String.valueOf(target.version()))
                .build();
    }

    @GET
    @Path("/kpis")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "The contract's KPIs")
    public PageResponse<KpiResponse> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        return PageResponse.of(register.of(id), paging.page(), paging.size(), KpiResponse::of);
    }

    @GET
    @Path("/kpis/performance")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(
            summary = "Each KPI's target, count, percentage and rating in a financial quarter",
            description = "quarter like 2025-26-Q1 (Q1 = April-June); default the current one.")
    public PerformanceResponse performance(
            @PathParam("id") UUID id,
            @QueryParam("quarter")
                    @Pattern(
                            regexp = FinancialQuarter.PATTERN,
                            message = "must be a financial quarter such as 2025-26-Q1")
                    String quarter) {
        return PerformanceResponse.of(
                id,
                performance.of(id, quarter == null ? null : FinancialQuarter.parse(quarter)),
                disclosure.smallCountsHidden());
    }

    @GET
    @Path("/kpis/history")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "The closed quarters' results, newest first")
    public PageResponse<PerformanceResponse> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        boolean hidden = disclosure.smallCountsHidden();
        return PageResponse.of(
                performance.history(id),
                paging.page(),
                paging.size(),
                q -> PerformanceResponse.of(id, q.performance(), hidden));
    }

    @GET
    @Path("/kpi-bands")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(
            summary = "The rating bands that rate this contract",
            description = "Its own, else its council's, else the defaults.")
    public Response bands(@PathParam("id") UUID id) {
        return bandsAnswer(register.bandsOf(id));
    }

    @PUT
    @Path("/kpi-bands")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Set this contract's own rating bands",
            description = "The first time without If-Match; afterwards with the ETag of the contract's bands.")
    public Response setBands(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RatingBandsRequest request) {
        return bandsAnswer(register.setFor(id, ifMatch, request.toBands()));
    }

    private static Response bandsAnswer(KpiRegister.Bands bands) {
        var response = Response.ok(RatingBandsResponse.of(bands));
        if (bands.source() == KpiRegister.BandsSource.CONTRACT) {
            bands.version().ifPresent(v -> response.tag(String.valueOf(v)));
        }
        return response.build();
    }
}
