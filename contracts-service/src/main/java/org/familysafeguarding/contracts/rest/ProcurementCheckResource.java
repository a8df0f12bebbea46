package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

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
import org.familysafeguarding.contracts.rest.dto.ProcurementCheckRequest;
import org.familysafeguarding.contracts.rest.dto.ProcurementCheckResponse;
import org.familysafeguarding.contracts.service.ProcurementChecking;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/**
 * "Check a proposed decision": the regime, threshold, permitted routes, notices, standstill and
 * decision level, with reasons. Each check is kept, for the decision that follows to cite it.
 * Only the caller's own council: another council's checks answer 404.
 */
@Path("/api/contracts/v1/procurement-checks")
@Tag(name = "Procurement checks")
@Produces(MediaType.APPLICATION_JSON)
public class ProcurementCheckResource {

    private final ProcurementChecking checking;

    public ProcurementCheckResource(ProcurementChecking checking) {
        this.checking = checking;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Check a proposed procurement decision of your council")
    public Response check(@Valid @NotNull ProcurementCheckRequest request) {
        var checked = checking.check(request.toDecision());
        return Response.created(URI.create("/api/contracts/v1/procurement-checks/"
                        + checked.check().id()))
                .entity(ProcurementCheckResponse.of(checked.check(), checked.assessment()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR})
    @Operation(summary = "Read a kept procurement check of your council")
    public ProcurementCheckResponse get(@PathParam("id") UUID id) {
        var checked = checking.get(id);
        return ProcurementCheckResponse.of(checked.check(), checked.assessment());
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR})
    @Operation(summary = "List your council's procurement checks, newest first")
    public PageResponse<ProcurementCheckResponse> list(@BeanParam @Valid PageRequest paging) {
        var query = checking.ofCallersCouncil().page(Page.of(paging.page(), paging.size()));
        return new PageResponse<>(
                query.list().stream()
                        .map(c -> ProcurementCheckResponse.of(c, checking.assessmentOf(c)))
                        .toList(),
                paging.page(),
                paging.size(),
                query.count());
    }
}
