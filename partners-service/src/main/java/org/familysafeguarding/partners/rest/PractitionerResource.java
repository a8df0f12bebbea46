package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerNotFound;
import org.familysafeguarding.partners.domain.workforce.PractitionerRepository;
import org.familysafeguarding.partners.rest.dto.PractitionerRequest;
import org.familysafeguarding.partners.rest.dto.PractitionerResponse;
import org.familysafeguarding.partners.service.NotYourAgency;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.partners.service.PractitionerRecords;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/**
 * The workforce: each agency's provider manager maintains their own staff, a council's partnership
 * admin its in-house team's, the platform admin any agency's; council commissioners and team managers read them. A provider manager asking for
 * another agency's practitioner is told it does not exist.
 */
@Path("/api/partners/v1/practitioners")
@Tag(name = "Workforce")
@Produces(MediaType.APPLICATION_JSON)
public class PractitionerResource {

    private final PractitionerRecords workforce;
    private final PractitionerRepository practitioners;
    private final AgencyRepository agencies;
    private final AuditTrail audit;
    private final PartnersAccess access;

    public PractitionerResource(
            PractitionerRecords workforce,
            PractitionerRepository practitioners,
            AgencyRepository agencies,
            AuditTrail audit,
            PartnersAccess access) {
        this.workforce = workforce;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.audit = audit;
        this.access = access;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({PROVIDER_MANAGER, PARTNERSHIP_ADMIN, COMMISSIONER, TEAM_MANAGER, PLATFORM_ADMIN})
    @Operation(summary = "Read a practitioner")
    public Response get(@PathParam("id") UUID id) {
        guard(id, AuditAction.READ);
        Practitioner practitioner = workforce.read(id);
        return Response.ok(PractitionerResponse.of(practitioner))
                .tag(String.valueOf(practitioner.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PROVIDER_MANAGER, PARTNERSHIP_ADMIN, PLATFORM_ADMIN})
    @Operation(
            summary = "Change a practitioner",
            description =
                    "The agency's provider manager, the council's partnership admin "
                            + "for its in-house team, or the platform admin. A changed login is audited and published. Needs If-Match with the version read.")
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PractitionerRequest request) {
        Practitioner practitioner = guard(id, AuditAction.UPDATE);
        if (!access.changesStaffOf(practitioner.agencyId())) {
            audit.recordDenied(AuditAction.UPDATE, "practitioner", id.toString(), null);
            throw new NotYourAgency();
        }
        Practitioner changed = workforce.change(practitioner.id(), ifMatch, request.toDetails());
        return Response.ok(PractitionerResponse.of(changed))
                .tag(String.valueOf(changed.version()))
                .build();
    }

    /** Provider managers reach their own agency's staff only; others' answer 404, and the attempt is audited. */
    private Practitioner guard(UUID id, AuditAction action) {
        Practitioner practitioner = practitioners.findByIdOptional(id).orElseThrow(() -> new PractitionerNotFound(id));
        if (!access.seesStaffOf(practitioner.agencyId())) {
            audit.recordDenied(action, "practitioner", id.toString(), null);
            throw new PractitionerNotFound(id);
        }
        return practitioner;
    }
}
