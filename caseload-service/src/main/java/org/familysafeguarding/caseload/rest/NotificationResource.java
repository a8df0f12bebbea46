package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PRACTITIONER;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
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
import org.familysafeguarding.caseload.rest.dto.NotificationResponse;
import org.familysafeguarding.caseload.service.ProbationRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** What the caller, as a worker allocated to families, has been told. */
@Path("/api/caseload/v1/notifications")
@Tag(name = "Probation")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final ProbationRecords records;

    public NotificationResource(ProbationRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed({PRACTITIONER, SOCIAL_WORKER, TEAM_MANAGER})
    @Operation(
            summary = "The caller's notifications, newest first",
            description = "Probation risk flags raised, changed or ended on adults the caller is allocated to "
                    + "(as the family's lead or to that adult); ids and codes, no names.")
    public PageResponse<NotificationResponse> mine(@BeanParam @Valid PageRequest paging) {
        var found = records.mine(paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(NotificationResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
