package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;

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

/**
 * Statutory returns. The CIN census file names children, so analysts do not get it; it is the
 * council's return, whole, so it is made for the partnership admin who signs it off, not for a team
 * manager (who sees only their teams' families everywhere else; a team's part is no return at all).
 */
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
    @RolesAllowed(PARTNERSHIP_ADMIN)
    @Operation(
            summary = "The council's Children in Need census return (DfE XML, CIN_schema_2026.xsd)",
            description =
                    "Collection year 1 April to 31 March, census date 31 March of the year given. Each child in the file is audited as exported. "
                            + "X-Validation-Errors and X-Validation-Queries count what the DfE's rules find (see /returns/cin-census/validation).")
    public Response cinCensus(@QueryParam("year") @NotNull Integer year) {
        CinCensusExport.Export export = census.export(year);
        return Response.ok(export.xml(), MediaType.APPLICATION_XML_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("X-Children-Count", export.children())
                .header("X-Validation-Errors", export.validation().errors())
                .header("X-Validation-Queries", export.validation().queries())
                .build();
    }

    @GET
    @Path("/cin-census/validation")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(PARTNERSHIP_ADMIN)
    @Operation(
            summary = "The DfE's CIN census validation rules run on the return before it is sent",
            description =
                    "Errors and queries per child (by LAchildID, with the episode's referral date) and for the return as a whole, as COLLECT reports them; each child named is audited as read.")
    public CinCensusExport.CensusValidationReport validation(@QueryParam("year") @NotNull Integer year) {
        return census.validate(year);
    }
}
