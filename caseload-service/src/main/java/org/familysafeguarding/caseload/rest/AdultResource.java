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
import org.familysafeguarding.caseload.rest.dto.AdultResponse;
import org.familysafeguarding.caseload.service.FamilyRecords;

/** The adults of the caller's council's families. */
@Path("/api/caseload/v1/adults")
@Tag(name = "Adults")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN, PRACTITIONER})
public class AdultResource {

    private final FamilyRecords records;

    public AdultResource(FamilyRecords records) {
        this.records = records;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an adult", description = "A practitioner reads only the adults allocated to them.")
    public AdultResponse read(@PathParam("id") UUID id) {
        return AdultResponse.of(records.readAdult(id));
    }
}
