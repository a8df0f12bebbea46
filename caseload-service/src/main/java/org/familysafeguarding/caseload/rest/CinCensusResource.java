package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.service.CinCensusExport;

/** Statutory returns. The CIN census file names children, so analysts do not get it. */
@Path("/api/caseload/v1/returns")
@Tag(name = "Statutory returns")
public class CinCensusResource {

    private final CinCensusExport census;

    public CinCensusResource(CinCensusExport census) {
        this.census = census;
    }

    @GET
    @Path("/cin-census")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({ PARTNERSHIP_ADMIN, TEAM_MANAGER })
    @Operation(summary = "The council's Children in Need census return (DfE XML, CIN_schema_2026.xsd)",
            description = "Collection year 1 April to 31 March, census date 31 March of the year given. Each child in the file is audited as exported.")
    public Response cinCensus(@QueryParam("year") @NotNull Integer year) {
        CinCensusExport.Export export = census.export(year);
        return Response.ok(export.xml(), MediaType.APPLICATION_XML_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("X-Children-Count", export.children()).build();
    }
}
