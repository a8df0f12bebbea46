package org.familysafeguarding.caseload.rest;

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
import org.familysafeguarding.caseload.readmodel.PartnerAgencyNotFound;
import org.familysafeguarding.caseload.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.caseload.rest.dto.PartnerAgencyResponse;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The partner agencies caseload-service allocates work to, as learnt from partners-service. */
@Path("/api/caseload/v1/agencies")
@Tag(name = "Partner agencies (caseload)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({PARTNERSHIP_ADMIN, TEAM_MANAGER, SOCIAL_WORKER, PRACTITIONER, AUDITOR, SERVICE})
public class PartnerAgencyResource {

    private final PartnerAgencyRepository agencies;

    public PartnerAgencyResource(PartnerAgencyRepository agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the partner agencies known to caseload-service")
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
    @Operation(summary = "Read one partner agency known to caseload-service")
    public PartnerAgencyResponse get(@PathParam("id") UUID id) {
        return agencies.findByIdOptional(id)
                .map(PartnerAgencyResponse::of)
                .orElseThrow(() -> new PartnerAgencyNotFound(id));
    }
}
