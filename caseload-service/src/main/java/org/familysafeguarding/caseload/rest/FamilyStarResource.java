package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.ANALYST;
import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.FamilyStarResponse;
import org.familysafeguarding.caseload.service.FamilyStarRecords;

/** Family Star Plus across the council: cohort averages, no names. */
@Path("/api/caseload/v1/family-star")
@Tag(name = "Family Star Plus")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyStarResource {

    private final FamilyStarRecords records;

    public FamilyStarResource(FamilyStarRecords records) {
        this.records = records;
    }

    @GET
    @Path("/cohort")
    @RolesAllowed({TEAM_MANAGER, PARTNERSHIP_ADMIN, ANALYST})
    @Operation(
            summary = "Average scores at the start and at the latest reading, per area",
            description =
                    "Parents of the caller's council whose start reading fell in the period and who have had a later one.")
    public FamilyStarResponse.Cohort cohort(
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return FamilyStarResponse.Cohort.of(records.cohort(from, to));
    }
}
