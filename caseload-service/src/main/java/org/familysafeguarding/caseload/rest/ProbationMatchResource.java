package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.service.ProbationMatches;
import org.familysafeguarding.caseload.service.ProbationMatches.AwaitingMatch;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * Probation events kept for a CRN before any adult held it wait until a team manager of the adult's
 * council confirms that the adult recorded with the CRN is that person.
 */
@Path("/api/caseload/v1/probation/awaiting-match")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
public class ProbationMatchResource {

    private final ProbationMatches matches;

    public ProbationMatchResource(ProbationMatches matches) {
        this.matches = matches;
    }

    @GET
    @RolesAllowed({TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(
            summary = "Adults whose CRN has probation events awaiting confirmation",
            description = "The caller's council, and for a team manager the families they see; ids, CRN, count and "
                    + "the oldest event's time, nothing of the events themselves.")
    public PageResponse<AwaitingMatch> awaiting(@BeanParam @Valid PageRequest paging) {
        return matches.awaiting(paging.page(), paging.size());
    }
}
