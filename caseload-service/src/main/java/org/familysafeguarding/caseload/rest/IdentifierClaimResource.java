package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.AUDITOR;
import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.rest.dto.IdentifierClaimResponse;
import org.familysafeguarding.caseload.service.IdentifierClaimAlerts;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** Refused claims of a CRN or NHS number another adult holds, told to the councils on both sides. */
@Path("/api/caseload/v1/identifier-claims")
@Tag(name = "Families")
@Produces(MediaType.APPLICATION_JSON)
public class IdentifierClaimResource {

    private final IdentifierClaimAlerts alerts;

    public IdentifierClaimResource(IdentifierClaimAlerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({PARTNERSHIP_ADMIN, AUDITOR})
    @Operation(
            summary = "Refused identifier claims that concern the caller's council, newest first",
            description = "HOLDER: someone tried to record the identifier of one of this council's adults (adultId); "
                    + "CLAIMANT: one of this council's users tried to record an identifier another adult holds "
                    + "(claimedBy). Neither side names the other council.")
    public PageResponse<IdentifierClaimResponse> list(@BeanParam @Valid PageRequest paging) {
        return alerts.ofMyCouncil(paging.page(), paging.size()).map(IdentifierClaimResponse::of);
    }
}
