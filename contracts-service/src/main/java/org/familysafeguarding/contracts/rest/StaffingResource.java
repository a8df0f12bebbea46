package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.time.LocalDate;
import java.util.UUID;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.rest.dto.StaffingRequest;
import org.familysafeguarding.contracts.rest.dto.StaffingResponse;
import org.familysafeguarding.contracts.service.Staffing;

/** A contract's staffing: what the provider must supply, what it has in post in the council's teams, the gap. */
@Path("/api/contracts/v1/contracts/{id}/staffing")
@Tag(name = "Contract staffing")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingResource {

    private final Staffing staffing;

    public StaffingResource(Staffing staffing) {
        this.staffing = staffing;
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(
            summary = "Required FTE, FTE in post and the gap by role",
            description = "On the given day (default today).")
    public Response get(@PathParam("id") UUID id, @QueryParam("on") LocalDate on) {
        return answer(staffing.on(id, on));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Specify the FTE by role the provider must supply",
            description = "The first time without If-Match; afterwards with the ETag of the staffing.")
    public Response specify(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StaffingRequest request) {
        return answer(staffing.specify(id, ifMatch, request.toRequirements()));
    }

    private static Response answer(Staffing.Position position) {
        var response = Response.ok(StaffingResponse.of(position));
        position.version().ifPresent(v -> response.tag(String.valueOf(v)));
        return response.build();
    }
}
