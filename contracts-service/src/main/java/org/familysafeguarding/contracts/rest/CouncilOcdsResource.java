package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.service.OcdsPublication;
import org.familysafeguarding.platform.rest.PageResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A council's contracting processes as OCDS release packages, page by page, for its transparency publication. */
@Path("/api/contracts/v1/ocds")
@Tag(name = "OCDS publication")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilOcdsResource {

    /** Each package carries every release of its process: pages stay smaller than other lists. */
    static final int MAX_PACKAGES = 50;

    private final OcdsPublication publication;

    public CouncilOcdsResource(OcdsPublication publication) {
        this.publication = publication;
    }

    @GET
    @Path("/release-packages")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR})
    @Operation(summary = "The council's contracting processes, one OCDS release package each, page by page")
    public PageResponse<ObjectNode> ofCouncil(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(PageResponse.DEFAULT_SIZE) @Min(1) @Max(MAX_PACKAGES) int size) {
        return publication.ofCouncil(page, size);
    }
}
