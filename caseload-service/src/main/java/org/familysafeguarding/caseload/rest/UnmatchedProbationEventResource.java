package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PROBATION_INTEGRATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;
import org.familysafeguarding.caseload.rest.dto.UnmatchedProbationEventResponse;
import org.familysafeguarding.caseload.service.ProbationRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * Probation events for CRNs no adult holds, kept for review; applied when an adult is recorded with the
 * CRN. Such an event belongs to no council yet, so no council's staff may list them (that would show one
 * council probation data about people of another's area): the probation integration that sent them
 * reviews them.
 */
@Path("/api/caseload/v1/probation/unmatched-events")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
public class UnmatchedProbationEventResource {

    private final ProbationRecords records;

    public UnmatchedProbationEventResource(ProbationRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed(PROBATION_INTEGRATION)
    @Operation(
            summary = "Probation events waiting for an adult with their CRN, newest first",
            description = "crn narrows to one CRN; all=true includes those since matched. CRN, event type, "
                    + "register code and dates only.")
    public PageResponse<UnmatchedProbationEventResponse> list(
            @QueryParam("crn")
                    @Pattern(
                            regexp = ProbationCaseReference.PATTERN,
                            message = "must be a probation CRN: one capital letter and six digits")
                    String crn,
            @QueryParam("all") @DefaultValue("false") boolean all,
            @BeanParam @Valid PageRequest paging) {
        var found = records.unmatched(crn, all, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(UnmatchedProbationEventResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
