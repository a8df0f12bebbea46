package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerRepository;
import org.familysafeguarding.partners.rest.dto.PractitionerRequest;
import org.familysafeguarding.partners.rest.dto.PractitionerResponse;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.partners.service.PractitionerRecords;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/** An agency's practitioners: its provider manager registers them; council staff may list them. */
@Path("/api/partners/v1/agencies/{agencyId}/practitioners")
@Tag(name = "Workforce")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyPractitionerResource {

    private final PractitionerRecords workforce;
    private final PractitionerRepository practitioners;
    private final AgencyRepository agencies;
    private final PartnersAccess access;

    public AgencyPractitionerResource(
            PractitionerRecords workforce,
            PractitionerRepository practitioners,
            AgencyRepository agencies,
            PartnersAccess access) {
        this.workforce = workforce;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PROVIDER_MANAGER, PARTNERSHIP_ADMIN, PLATFORM_ADMIN})
    @Operation(
            summary = "Register a practitioner of an agency",
            description = "The agency's provider manager, the council's "
                    + "partnership admin for its in-house team, or the platform admin.")
    public Response register(@PathParam("agencyId") UUID agencyId, @Valid @NotNull PractitionerRequest request) {
        access.requireChangesStaffOf(agencyId);
        Practitioner practitioner = workforce.register(agencyId, request.toDetails());
        return Response.created(URI.create("/api/partners/v1/practitioners/" + practitioner.id()))
                .tag(String.valueOf(practitioner.version()))
                .entity(PractitionerResponse.of(practitioner))
                .build();
    }

    @GET
    @RolesAllowed({PROVIDER_MANAGER, PARTNERSHIP_ADMIN, COMMISSIONER, TEAM_MANAGER, PLATFORM_ADMIN})
    @Operation(
            summary = "List an agency's practitioners",
            description =
                    "familyName filters by the start of the family name; " + "each practitioner listed is audited.")
    public PageResponse<PractitionerResponse> list(
            @PathParam("agencyId") UUID agencyId,
            @QueryParam("familyName") @Size(max = 100) String familyName,
            @BeanParam @Valid PageRequest paging) {
        agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        if (!access.seesStaffOf(agencyId)) {
            throw new AgencyNotFound(agencyId);
        }
        return workforce
                .list(practitioners.ofAgency(agencyId, familyName), paging.page(), paging.size())
                .map(PractitionerResponse::of);
    }
}
