package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarReading;
import org.familysafeguarding.caseload.rest.dto.FamilyStarRequest;
import org.familysafeguarding.caseload.rest.dto.FamilyStarResponse;
import org.familysafeguarding.caseload.service.FamilyStarRecords;

/** A parent's Family Star Plus readings and distance travelled. */
@Path("/api/caseload/v1/adults/{adultId}/family-star")
@Tag(name = "Family Star Plus")
@Produces(MediaType.APPLICATION_JSON)
public class AdultFamilyStarResource {

    private final FamilyStarRecords records;

    public AdultFamilyStarResource(FamilyStarRecords records) {
        this.records = records;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "Record a parent's Family Star Plus reading",
            description = "Start first, reviews at least 3 months apart, closure last.")
    public Response take(@PathParam("adultId") UUID adultId, @Valid @NotNull FamilyStarRequest request) {
        FamilyStarReading reading = records.take(adultId, request.stage(), request.readingDate(), request.scores());
        return Response.created(URI.create("/api/caseload/v1/adults/" + adultId + "/family-star"))
                .entity(FamilyStarResponse.Reading.of(reading))
                .build();
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "A parent's Family Star Plus readings and distance travelled per area")
    public FamilyStarResponse.Journey journey(@PathParam("adultId") UUID adultId) {
        return FamilyStarResponse.Journey.of(records.journey(adultId));
    }
}
