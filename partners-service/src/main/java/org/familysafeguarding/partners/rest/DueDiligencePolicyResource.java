package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.partners.rest.dto.DueDiligencePolicyRequest;
import org.familysafeguarding.partners.rest.dto.DueDiligencePolicyResponse;
import org.familysafeguarding.partners.service.DueDiligence;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.platform.security.Caller;

/** Which due-diligence checks a council makes mandatory; its commissioners and admin set them. */
@Path("/api/partners/v1/councils/{code}/due-diligence-policy")
@Tag(name = "Due diligence and accreditation")
@Produces(MediaType.APPLICATION_JSON)
public class DueDiligencePolicyResource {

    private final DueDiligence dueDiligence;
    private final Caller caller;
    private final PartnersAccess access;

    public DueDiligencePolicyResource(DueDiligence dueDiligence, Caller caller, PartnersAccess access) {
        this.dueDiligence = dueDiligence;
        this.caller = caller;
        this.access = access;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Set the checks a council makes mandatory", description = "Own council only.")
    public DueDiligencePolicyResponse requireChecks(
            @PathParam("code") String code, @Valid @NotNull DueDiligencePolicyRequest policy) {
        access.requireChangesCouncil(code);
        return new DueDiligencePolicyResponse(dueDiligence
                .requireChecks(code, policy.mandatoryChecks(), caller.username())
                .mandatory());
    }

    @GET
    @RolesAllowed({PARTNERSHIP_ADMIN, COMMISSIONER, PROVIDER_MANAGER, TEAM_MANAGER, ANALYST, AUDITOR, SERVICE})
    @Operation(summary = "Read the checks a council makes mandatory")
    public DueDiligencePolicyResponse policy(@PathParam("code") String code) {
        return new DueDiligencePolicyResponse(dueDiligence.policyOf(code));
    }
}
