package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChangeRepository;
import org.familysafeguarding.partners.domain.duediligence.AccreditationRepository;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheck;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheckRepository;
import org.familysafeguarding.partners.rest.dto.AccreditationResponse;
import org.familysafeguarding.partners.rest.dto.DueDiligenceCheckResponse;
import org.familysafeguarding.partners.rest.dto.RecordCheckRequest;
import org.familysafeguarding.partners.service.DueDiligence;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.security.Caller;

/**
 * Due diligence of an agency: a council's commissioners record the outcome of each check;
 * accreditation follows by itself. A provider manager sees their own
 * agency's checks, and no other agency's.
 */
@Path("/api/partners/v1/agencies/{id}")
@Tag(name = "Due diligence and accreditation")
@Produces(MediaType.APPLICATION_JSON)
public class DueDiligenceResource {

    private final DueDiligence dueDiligence;
    private final DueDiligenceCheckRepository checks;
    private final AccreditationRepository accreditations;
    private final AccreditationChangeRepository changes;
    private final AgencyRepository agencies;
    private final Caller caller;
    private final PartnersAccess access;

    public DueDiligenceResource(
            DueDiligence dueDiligence,
            DueDiligenceCheckRepository checks,
            AccreditationRepository accreditations,
            AccreditationChangeRepository changes,
            AgencyRepository agencies,
            Caller caller,
            PartnersAccess access) {
        this.dueDiligence = dueDiligence;
        this.checks = checks;
        this.accreditations = accreditations;
        this.changes = changes;
        this.agencies = agencies;
        this.caller = caller;
        this.access = access;
    }

    @POST
    @Path("/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COMMISSIONER)
    @Operation(
            summary = "Record a due-diligence check for the commissioner's council",
            description = "Accreditation by that council is worked out again at once.")
    public Response record(@PathParam("id") UUID agencyId, @Valid @NotNull RecordCheckRequest request) {
        DueDiligenceCheck check =
                dueDiligence.record(agencyId, access.ownCouncil(), request.toDetails(), caller.username());
        return Response.created(URI.create("/api/partners/v1/agencies/" + agencyId + "/checks"))
                .entity(DueDiligenceCheckResponse.of(check))
                .build();
    }

    @GET
    @Path("/checks")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, PROVIDER_MANAGER, AUDITOR})
    @Operation(
            summary = "List an agency's checks",
            description = "Council staff see their council's checks; a provider manager their own agency's only.")
    public PageResponse<DueDiligenceCheckResponse> list(
            @PathParam("id") UUID agencyId, @BeanParam @Valid PageRequest paging) {
        agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        // Another agency's checks are not this caller's to know of.
        Optional<String> council = access.checksOf(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        return PageResponse.of(
                checks.page(agencyId, council), paging.page(), paging.size(), DueDiligenceCheckResponse::of);
    }

    @GET
    @Path("/accreditations")
    @RolesAllowed({
        PARTNERSHIP_ADMIN,
        COMMISSIONER,
        TEAM_MANAGER,
        SOCIAL_WORKER,
        PRACTITIONER,
        PROVIDER_MANAGER,
        ANALYST,
        AUDITOR,
        SERVICE,
        PLATFORM_ADMIN
    })
    @Operation(
            summary = "An agency's accreditation by each council, with its history",
            description = "Why an accreditation changed (the reason and the check types) is shown only to the agency's "
                    + "own provider manager and to staff of the council that checked it.")
    public List<AccreditationResponse> accreditations(@PathParam("id") UUID agencyId) {
        agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        var history = changes.ofAgency(agencyId);
        return accreditations.ofAgency(agencyId).stream()
                .map(a -> AccreditationResponse.of(a, history, access.seesReasonsOf(agencyId, a.councilCode())))
                .toList();
    }
}
