package org.familysafeguarding.platform.testing;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens, shaped like the family-safeguarding realm's (roles under
 * {@code realm_access.roles}, {@code council} and {@code agency} claims), issued by the OIDC test
 * server that {@code OidcWiremockTestResource} runs in the test JVM.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    /** The audiences the realm's platform-api scope puts in every token meant for the platform's services. */
    public static final java.util.Set<String> AUDIENCE =
            java.util.Set.of("partners-service", "contracts-service", "caseload-service");

    private TestTokens() {}

    /** A council member of staff. */
    public static String councilStaff(String username, String role, String councilGssCode) {
        return base(username, role).claim("council", councilGssCode).sign();
    }

    /** The platform admin: steward of the shared registers, of no council and no agency. */
    public static String platformAdmin() {
        return base("platform-admin", "platform-admin").sign();
    }

    /** A member of a partner agency's staff. */
    public static String agencyStaff(String username, String role, String agencyId) {
        return base(username, role).claim("agency", agencyId).sign();
    }

    private static JwtClaimsBuilder base(String username, String role) {
        return Jwt.preferredUserName(username)
                .subject(username)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
    }
}
