package org.familysafeguarding.caseload.rest;

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
import org.familysafeguarding.caseload.rest.dto.FamilyContextResponse;
import org.familysafeguarding.caseload.service.FamilyContext;

/** The family context a practitioner's work with an adult needs. */
@Path("/api/caseload/v1/adults/{adultId}/family-context")
@Tag(name = "Adults")
@Produces(MediaType.APPLICATION_JSON)
public class AdultFamilyContextResource {

    private final FamilyContext context;

    public AdultFamilyContextResource(FamilyContext context) {
        this.context = context;
    }

    @GET
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "The adult's family as their practitioner sees it",
            description = "The children's first names, ages and current plans; not the child records.")
    public FamilyContextResponse read(@PathParam("adultId") UUID adultId) {
        return FamilyContextResponse.of(context.of(adultId));
    }
}
