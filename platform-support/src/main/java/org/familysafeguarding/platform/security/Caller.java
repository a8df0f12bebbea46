package org.familysafeguarding.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who is calling, from their token: username, roles, and where they work ({@code council}: the
 * council's ONS GSS code for council staff; {@code agency}: the partner agency id for agency staff).
 * Tenant scoping and relationship checks start here.
 */
@RequestScoped
public class Caller {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentVertxRequest request;
    private String requestId;
    /** The token's claims, read once a request: the JWT library looks a custom claim's name up by exception. */
    private Optional<String> council;

    private Optional<UUID> agency;

    public Caller(SecurityIdentity identity, JsonWebToken token, CurrentVertxRequest request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The council the caller works for, if council staff. */
    public Optional<String> council() {
        if (council == null) {
            council = Optional.ofNullable(token.<String>getClaim("council")).filter(c -> !c.isBlank());
        }
        return council;
    }

    /** The partner agency the caller works for, if agency staff. */
    public Optional<UUID> agency() {
        if (agency == null) {
            agency = agencyClaim();
        }
        return agency;
    }

    private Optional<UUID> agencyClaim() {
        String claim = token.getClaim("agency");
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the caller is staff of this council. */
    public boolean worksForCouncil(String councilCode) {
        return council().filter(councilCode::equals).isPresent();
    }

    /** True when the caller is staff of this partner agency. */
    public boolean worksForAgency(UUID agencyId) {
        return agency().filter(agencyId::equals).isPresent();
    }

    /** The organisation the caller acts for, as audit records it: a GSS code or an agency id. */
    public String organisation() {
        return council().or(() -> agency().map(UUID::toString)).orElse("none");
    }

    /** The request id the gateway passed on, or one made here so every log line and audit entry can be tied together. */
    public String requestId() {
        if (requestId == null) {
            String header = request.getCurrent() == null
                    ? null
                    : request.getCurrent().request().getHeader(REQUEST_ID_HEADER);
            requestId = header != null && header.matches("[A-Za-z0-9._-]{1,100}")
                    ? header
                    : UUID.randomUUID().toString();
        }
        return requestId;
    }
}
