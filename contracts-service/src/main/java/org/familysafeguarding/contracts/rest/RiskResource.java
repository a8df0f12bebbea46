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
import org.familysafeguarding.contracts.domain.risk.ContractRisk;
import org.familysafeguarding.contracts.rest.dto.RiskRequest;
import org.familysafeguarding.contracts.rest.dto.RiskResponse;
import org.familysafeguarding.contracts.service.RiskRegister;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** Each contract's risk register, with the same access as the contract itself. */
@Path("/api/contracts/v1/contracts/{id}/risks")
@Tag(name = "Contract risks")
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

    private final RiskRegister register;

    public RiskResource(RiskRegister register) {
        this.register = register;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Add a risk to a contract's register")
    public Response raise(@PathParam("id") UUID contractId, @Valid @NotNull RiskRequest request) {
        ContractRisk risk = register.raise(contractId, request.toAssessment());
        return Response.created(URI.create("/api/contracts/v1/contracts/" + contractId + "/risks/" + risk.id()))
                .tag(String.valueOf(risk.version()))
                .entity(RiskResponse.of(risk, register.today()))
                .build();
    }

    @PUT
    @Path("/{riskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Revise a risk", description = "Needs If-Match.")
    public Response revise(
            @PathParam("id") UUID contractId,
            @PathParam("riskId") UUID riskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskRequest request) {
        ContractRisk risk = register.revise(contractId, riskId, ifMatch, request.toAssessment());
        return Response.ok(RiskResponse.of(risk, register.today()))
                .tag(String.valueOf(risk.version()))
                .build();
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "A contract's risks, highest score first")
    public PageResponse<RiskResponse> list(@PathParam("id") UUID contractId, @BeanParam @Valid PageRequest paging) {
        var query = register.of(contractId).page(Page.of(paging.page(), paging.size()));
        var today = register.today();
        return new PageResponse<>(
                query.list().stream().map(r -> RiskResponse.of(r, today)).toList(),
                paging.page(),
                paging.size(),
                query.count());
    }
}
