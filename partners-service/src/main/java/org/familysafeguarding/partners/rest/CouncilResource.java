package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.net.URI;

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
import org.familysafeguarding.partners.domain.council.Council;
import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.rest.dto.CouncilRequest;
import org.familysafeguarding.partners.rest.dto.CouncilResponse;
import org.familysafeguarding.partners.service.CouncilRegistration;
import org.familysafeguarding.partners.service.PartnersAccess;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * The councils of the partnership (the tenants). Their details are public facts, readable by every
 * role; the platform admin registers a council, and a partnership admin changes only their own.
 */
@Path("/api/partners/v1/councils")
@Tag(name = "Councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    private final CouncilRegistration registration;
    private final CouncilRepository councils;
    private final PartnersAccess access;

    public CouncilResource(CouncilRegistration registration, CouncilRepository councils, PartnersAccess access) {
        this.registration = registration;
        this.councils = councils;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PLATFORM_ADMIN)
    @Operation(
            summary = "Register a council",
            description = "The platform admin only: a council is a tenant of the platform.")
    public Response register(@Valid @NotNull CouncilRequest.Registration request) {
        Council council =
                registration.register(request.code(), request.details().toDetails());
        return Response.created(URI.create("/api/partners/v1/councils/" + council.code()))
                .tag(String.valueOf(council.version()))
                .entity(CouncilResponse.of(council))
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
    @Operation(summary = "List or search councils", description = "q matches any part of the name.")
    public PageResponse<CouncilResponse> list(
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageRequest paging) {
        return PageResponse.of(councils.search(q), paging.page(), paging.size(), CouncilResponse::of);
    }

    @GET
    @Path("/{code}")
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
    @Operation(summary = "Read a council", description = "The ETag is the version to send back in If-Match.")
    public Response get(@PathParam("code") String code) {
        Council council = councils.findByIdOptional(code).orElseThrow(() -> new CouncilNotFound(code));
        return Response.ok(CouncilResponse.of(council))
                .tag(String.valueOf(council.version()))
                .build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PARTNERSHIP_ADMIN, PLATFORM_ADMIN})
    @Operation(summary = "Change a council's details", description = "Own council only; needs If-Match.")
    public Response change(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CouncilRequest request) {
        access.requireChangesCouncil(code);
        Council council = registration.change(code, ifMatch, request.toDetails());
        return Response.ok(CouncilResponse.of(council))
                .tag(String.valueOf(council.version()))
                .build();
    }
}
