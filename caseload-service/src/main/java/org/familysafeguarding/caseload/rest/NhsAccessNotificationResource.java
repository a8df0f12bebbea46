package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
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
import org.familysafeguarding.caseload.rest.dto.AccessNotificationResponse;
import org.familysafeguarding.caseload.service.NhsAccessNotifications;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** NHS look-ups of the council's children, as CP-IS notifies councils: which organisation, system and user, when. */
@Path("/api/caseload/v1/access-notifications")
@Tag(name = "NHS exchange")
@Produces(MediaType.APPLICATION_JSON)
public class NhsAccessNotificationResource {

    private final NhsAccessNotifications notifications;

    public NhsAccessNotificationResource(NhsAccessNotifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "NHS look-ups of the council's children the caller may see, latest first")
    public PageResponse<AccessNotificationResponse> ofCouncil(@BeanParam @Valid PageRequest paging) {
        var found = notifications.ofCouncil(paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(AccessNotificationResponse::of).toList(),
                paging.page(),
                paging.size(),
                found.totalItems());
    }
}
