package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import org.familysafeguarding.partners.domain.sharing.AgreementNotFound;
import org.familysafeguarding.partners.domain.sharing.AgreementRepository;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.rest.dto.AgreementResponse;
import org.familysafeguarding.partners.rest.dto.EndAgreementRequest;
import org.familysafeguarding.partners.rest.dto.SignAgreementRequest;
import org.familysafeguarding.partners.service.AgreementRecords;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.security.Caller;

/**
 * Information-sharing agreements. A council's commissioners and admin sign and end them; the
 * council's staff read them; a provider manager reads those their agency is party to. Any other
 * agreement does not exist for the caller.
 */
@Path("/api/partners/v1/agreements")
@Tag(name = "Information-sharing agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementRecords service;
    private final AgreementRepository agreements;
    private final Caller caller;
    private final PartnersAccess access;
    private final Clock clock;

    public AgreementResource(
            AgreementRecords service,
            AgreementRepository agreements,
            Caller caller,
            PartnersAccess access,
            Clock clock) {
        this.service = service;
        this.agreements = agreements;
        this.caller = caller;
        this.access = access;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "Sign an agreement between the caller's council and partner agencies")
    public Response sign(@Valid @NotNull SignAgreementRequest request) {
        var agreement = service.sign(access.ownCouncil(), request.toTerms(), caller.username());
        return Response.created(URI.create("/api/partners/v1/agreements/" + agreement.id()))
                .entity(AgreementResponse.of(agreement, LocalDate.now(clock)))
                .build();
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, TEAM_MANAGER, AUDITOR, PROVIDER_MANAGER, SERVICE})
    @Operation(
            summary = "List the agreements the caller may see",
            description = "Council staff: their council's. Provider managers: their agency's.")
    public PageResponse<AgreementResponse> list(@BeanParam @Valid PageRequest paging) {
        var query = access.agreementsByAgency()
                .map(agreements::withAgency)
                .orElseGet(() -> agreements.ofCouncil(access.councilOfLists()));
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(query, paging.page(), paging.size(), a -> AgreementResponse.of(a, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, TEAM_MANAGER, AUDITOR, PROVIDER_MANAGER, SERVICE})
    @Operation(summary = "Read an agreement")
    public AgreementResponse get(@PathParam("id") UUID id) {
        return AgreementResponse.of(visible(id), LocalDate.now(clock));
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN})
    @Operation(summary = "End an agreement early")
    public AgreementResponse end(@PathParam("id") UUID id, @Valid @NotNull EndAgreementRequest request) {
        var agreement = visible(id);
        return AgreementResponse.of(service.end(agreement, request.on(), request.reason()), LocalDate.now(clock));
    }

    private InformationSharingAgreement visible(UUID id) {
        return agreements.findByIdOptional(id).filter(access::sees).orElseThrow(() -> new AgreementNotFound(id));
    }
}
