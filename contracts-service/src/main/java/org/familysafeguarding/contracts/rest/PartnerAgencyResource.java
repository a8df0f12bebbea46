package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyNotFound;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.contracts.rest.dto.PartnerAgencyResponse;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The partner agencies contracts-service can commission, as learnt from partners-service. */
@Path("/api/contracts/v1/agencies")
@Tag(name = "Partner agencies (contracts)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({PARTNERSHIP_ADMIN, COMMISSIONER, PROVIDER_MANAGER, ANALYST, AUDITOR, SERVICE})
public class PartnerAgencyResource {

    private final PartnerAgencyRepository agencies;

    public PartnerAgencyResource(PartnerAgencyRepository agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the partner agencies known to contracts-service")
    public PageResponse<PartnerAgencyResponse> list(@BeanParam @Valid PageRequest paging) {
        var query = agencies.findAll(Sort.by("name").and("id")).page(Page.of(paging.page(), paging.size()));
        return new PageResponse<>(
                query.list().stream().map(PartnerAgencyResponse::of).toList(),
                paging.page(),
                paging.size(),
                query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one partner agency known to contracts-service")
    public PartnerAgencyResponse get(@PathParam("id") UUID id) {
        return agencies.findByIdOptional(id)
                .map(PartnerAgencyResponse::of)
                .orElseThrow(() -> new PartnerAgencyNotFound(id));
    }
}
