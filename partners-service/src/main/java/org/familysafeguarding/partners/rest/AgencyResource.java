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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.partners.domain.agency.Agency;
import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.rest.dto.AgencyResponse;
import org.familysafeguarding.partners.rest.dto.RegisterAgencyRequest;
import org.familysafeguarding.partners.service.AgencyRegistration;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.security.identity.SecurityIdentity;

/** The partnership's register of partner agencies. Organisation data: every platform role may read it. */
@Path("/api/partners/v1/agencies")
@Tag(name = "Partner agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final AgencyRegistration registration;
    private final AgencyRepository agencies;
    private final SecurityIdentity caller;
    private final PartnersAccess access;

    public AgencyResource(
            AgencyRegistration registration,
            AgencyRepository agencies,
            SecurityIdentity caller,
            PartnersAccess access) {
        this.registration = registration;
        this.agencies = agencies;
        this.caller = caller;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PLATFORM_ADMIN)
    @Operation(
            summary = "Register a partner agency",
            description = "The platform admin only: the register is shared by every council. "
                    + "Commits the agency and its AgencyRegistered event together.")
    public Response register(@Valid @NotNull RegisterAgencyRequest request) {
        Agency agency = registration.register(
                request.toNewAgency(), caller.getPrincipal().getName());
        return Response.created(URI.create("/api/partners/v1/agencies/" + agency.id()))
                .entity(AgencyResponse.of(agency))
                .build();
    }

    @GET
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
            summary = "List or search partner agencies",
            description = "q matches any part of the name; ordered by name.")
    public PageResponse<AgencyResponse> list(
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageRequest paging) {
        return PageResponse.of(agencies.search(q), paging.page(), paging.size(), AgencyResponse::of);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PLATFORM_ADMIN, PROVIDER_MANAGER})
    @Operation(
            summary = "Change a partner agency",
            description = "The platform admin, or the agency's own provider manager; "
                    + "the kind and an in-house team's council cannot change. Needs If-Match; publishes AgencyUpdated.")
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RegisterAgencyRequest request) {
        access.requireChangesAgency(id);
        Agency agency = registration.change(id, ifMatch, request.toNewAgency());
        return Response.ok(AgencyResponse.of(agency))
                .tag(String.valueOf(agency.version()))
                .build();
    }

    @GET
    @Path("/{id}")
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
    @Operation(summary = "Read one partner agency")
    public Response get(@PathParam("id") UUID id) {
        Agency agency = agencies.findByIdOptional(id).orElseThrow(() -> new AgencyNotFound(id));
        return Response.ok(AgencyResponse.of(agency))
                .tag(String.valueOf(agency.version()))
                .build();
    }
}
