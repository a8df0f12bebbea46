package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.rest.dto.RiskResponse;
import org.familysafeguarding.contracts.service.RiskRegister;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** A council's contract risks whose review is overdue, across its contracts. */
@Path("/api/contracts/v1/risks")
@Tag(name = "Contract risks")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueRiskResource {

    private final RiskRegister register;

    public OverdueRiskResource(RiskRegister register) {
        this.register = register;
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR})
    @Operation(summary = "Your council's risks whose review date has passed, oldest first")
    public PageResponse<RiskResponse> overdue(@BeanParam @Valid PageRequest paging) {
        var query = register.overdue().page(Page.of(paging.page(), paging.size()));
        var today = register.today();
        return new PageResponse<>(
                query.list().stream().map(r -> RiskResponse.of(r, today)).toList(),
                paging.page(),
                paging.size(),
                query.count());
    }
}
