package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.AdultRiskFlagsResponse;
import org.familysafeguarding.caseload.service.ProbationRecords;

/** Probation's risk registrations on an adult, as whoever may see the adult sees them. */
@Path("/api/caseload/v1/adults/{adultId}/risk-flags")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
public class AdultRiskFlagResource {

    private final ProbationRecords records;

    public AdultRiskFlagResource(ProbationRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "The adult's probation risk flags, with their history, and probation activity",
            description = "Raised, changed and ended by HMPPS domain events matched by CRN; active first. "
                    + "A practitioner sees only the adults allocated to them.")
    public AdultRiskFlagsResponse read(@PathParam("adultId") UUID adultId) {
        return AdultRiskFlagsResponse.of(records.ofAdult(adultId));
    }
}
