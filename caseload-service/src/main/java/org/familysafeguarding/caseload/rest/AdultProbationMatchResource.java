package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.service.ProbationMatches;

/** A team manager confirms that an adult recorded with a CRN is the person probation's kept events are about. */
@Path("/api/caseload/v1/adults/{id}/probation-match")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
public class AdultProbationMatchResource {

    public record MatchConfirmed(UUID adultId, int eventsApplied) {}

    private final ProbationMatches matches;

    public AdultProbationMatchResource(ProbationMatches matches) {
        this.matches = matches;
    }

    @POST
    @RolesAllowed(TEAM_MANAGER)
    @Operation(
            summary = "Confirm that the adult is the person the waiting probation events are about",
            description =
                    "Applies the events kept for the adult's CRN, in the order they happened. 422 when none wait.")
    public MatchConfirmed confirm(@PathParam("id") UUID id) {
        return new MatchConfirmed(id, matches.confirm(id));
    }
}
