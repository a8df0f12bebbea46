package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.domain.PartnerAgencyNotFound;
import org.familysafeguarding.contracts.domain.PartnerAgencyRepository;
import org.familysafeguarding.contracts.rest.dto.PartnerAgencyResponse;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The partner agencies contracts-service can commission, as learnt from partners-service. */
@Path("/api/contracts/v1/agencies")
@Tag(name = "Partner agencies (contracts)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ PARTNERSHIP_ADMIN, COMMISSIONER, PROVIDER_MANAGER, ANALYST, AUDITOR, SERVICE })
public class PartnerAgencyResource {

    private final PartnerAgencyRepository agencies;

    public PartnerAgencyResource(PartnerAgencyRepository agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the partner agencies known to contracts-service")
    public PageResponse<PartnerAgencyResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var query = agencies.findAll(Sort.by("name").and("id")).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(PartnerAgencyResponse::of).toList(), page, size,
                query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one partner agency known to contracts-service")
    public PartnerAgencyResponse get(@PathParam("id") UUID id) {
        return agencies.findByIdOptional(id).map(PartnerAgencyResponse::of)
                .orElseThrow(() -> new PartnerAgencyNotFound(id));
    }
}
