package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.rest.dto.RatingBandsRequest;
import org.familysafeguarding.contracts.rest.dto.RatingBandsResponse;
import org.familysafeguarding.contracts.service.KpiRegister;

/** The KPI rating bands a council sets for its contracts (a contract may set its own). Other councils: 404. */
@Path("/api/contracts/v1/councils/{council}/kpi-bands")
@Tag(name = "Contract KPIs")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilRatingBandsResource {

    private final KpiRegister register;

    public CouncilRatingBandsResource(KpiRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR})
    @Operation(summary = "The council's rating bands", description = "Its own, else the defaults.")
    public Response get(@PathParam("council") String council) {
        return answer(register.bandsOfCouncil(council));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Set the council's rating bands",
            description = "The first time without If-Match; afterwards with the ETag.")
    public Response set(
            @PathParam("council") String council,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RatingBandsRequest request) {
        return answer(register.setForCouncil(council, ifMatch, request.toBands()));
    }

    private static Response answer(KpiRegister.Bands bands) {
        var response = Response.ok(RatingBandsResponse.of(bands));
        if (bands.source() == KpiRegister.BandsSource.COUNCIL) {
            bands.version().ifPresent(v -> response.tag(String.valueOf(v)));
        }
        return response.build();
    }
}
