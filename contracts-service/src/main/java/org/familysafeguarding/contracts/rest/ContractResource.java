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
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.rest.dto.ChangeRequest;
import org.familysafeguarding.contracts.rest.dto.ChangeResponse;
import org.familysafeguarding.contracts.rest.dto.ContractRequest;
import org.familysafeguarding.contracts.rest.dto.ContractResponse;
import org.familysafeguarding.contracts.rest.dto.ProfileRequest;
import org.familysafeguarding.contracts.rest.dto.TransitionRequest;
import org.familysafeguarding.contracts.rest.dto.TransitionResponse;
import org.familysafeguarding.contracts.service.ContractChanges;
import org.familysafeguarding.contracts.service.ContractLifecycle;
import org.familysafeguarding.contracts.service.ContractRegister;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/**
 * The contract register. Commissioners manage their own council's contracts; council partnership
 * admins, analysts and auditors read them; provider managers read their own agency's. Any other
 * contract answers 404. Changes need the ETag in If-Match.
 */
@Path("/api/contracts/v1/contracts")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    static final String STATES = "PLANNED|IN_PROCUREMENT|IN_EVALUATION|AWARDED|MOBILISING|LIVE|ENDED";

    private final ContractRegister register;
    private final ContractLifecycle lifecycle;
    private final ContractChanges changes;

    public ContractResource(ContractRegister register, ContractLifecycle lifecycle, ContractChanges changes) {
        this.register = register;
        this.lifecycle = lifecycle;
        this.changes = changes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Plan a contract of your council", description = "Its money profile starts pro-rata.")
    public Response plan(@Valid @NotNull ContractRequest request) {
        Contract contract = register.plan(request.council(), request.toDetails());
        return Response.created(URI.create("/api/contracts/v1/contracts/" + contract.id()))
                .tag(String.valueOf(contract.version()))
                .entity(ContractResponse.of(contract))
                .build();
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "List the contracts you may see", description = "Your council's, or your agency's.")
    public PageResponse<ContractResponse> list(
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be one of " + STATES) String state,
            @BeanParam @Valid PageRequest paging) {
        var query = register.visible(state == null ? null : ContractState.valueOf(state))
                .page(Page.of(paging.page(), paging.size()));
        return new PageResponse<>(
                query.list().stream().map(ContractResponse::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "Read a contract")
    public Response get(@PathParam("id") UUID id) {
        return ok(register.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Change a contract before award",
            description = "Resets the profile to pro-rata; needs If-Match.")
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContractRequest request) {
        return ok(register.change(id, ifMatch, request.toDetails()));
    }

    @PUT
    @Path("/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Set the value and funding of each financial year", description = "Needs If-Match.")
    public Response reprofile(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProfileRequest request) {
        return ok(register.reprofile(id, ifMatch, request.toPlan()));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(summary = "Move a contract to its next state", description = "Checked and recorded; needs If-Match.")
    public Response move(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return ok(lifecycle.move(id, ifMatch, request.toDecision()));
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "The contract's recorded transitions, oldest first")
    public PageResponse<TransitionResponse> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        var query = lifecycle.history(id).page(Page.of(paging.page(), paging.size()));
        return new PageResponse<>(
                query.list().stream().map(TransitionResponse::of).toList(),
                paging.page(),
                paging.size(),
                query.count());
    }

    @POST
    @Path("/{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Extend or vary a live contract",
            description =
                    "Answers the change with its flags; the " + "ETag is the contract's new version. Needs If-Match.")
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeRequest request) {
        var changed = changes.record(id, ifMatch, request.toChange());
        return Response.created(URI.create("/api/contracts/v1/contracts/" + id + "/changes/"
                        + changed.variation().id()))
                .tag(String.valueOf(changed.contract().version()))
                .entity(ChangeResponse.of(changed.variation()))
                .build();
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(summary = "The contract's extensions and variations, oldest first")
    public PageResponse<ChangeResponse> changes(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        var query = changes.of(id).page(Page.of(paging.page(), paging.size()));
        return new PageResponse<>(
                query.list().stream().map(ChangeResponse::of).toList(), paging.page(), paging.size(), query.count());
    }

    private static Response ok(Contract contract) {
        return Response.ok(ContractResponse.of(contract))
                .tag(String.valueOf(contract.version()))
                .build();
    }
}
