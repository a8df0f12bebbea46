package org.familysafeguarding.gateway;

import java.util.List;
import java.util.Map;

import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.TestTokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Tokens for the gateway's tests: good ones from a named client (the {@code azp} claim), and the bad
 * ones a gateway must refuse (made by platform-testing's {@code BadTokens}).
 */
final class GatewayTokens {

    static final String BROWSER_CLIENT = "family-safeguarding-web";
    static final String COUNCIL = "E10000032";

    private GatewayTokens() {}

    /** A realm user signed in through {@code client}. */
    static String user(String client, String subject, String role) {
        return claims(subject, role)
                .claim("azp", client)
                .claim("council", COUNCIL)
                .sign();
    }

    /** An integration's service account: its client and its role share a name. */
    static String serviceAccount(String client) {
        return claims("service-account-" + client, client).claim("azp", client).sign();
    }

    static String expired() {
        return BadTokens.expired("ws-expired", "social-worker", COUNCIL);
    }

    static String notYetValid() {
        return BadTokens.notYetValid("ws-early", "social-worker", COUNCIL);
    }

    static String fromAnotherIssuer() {
        return BadTokens.fromAnotherIssuer("ws-elsewhere", "social-worker", COUNCIL);
    }

    /** The body changed after signing (another council), the signature kept. */
    static String tampered() {
        return BadTokens.tampered("ws-tamper", "social-worker", COUNCIL);
    }

    /** Unsigned: {@code alg: none} and no signature. */
    static String unsigned() {
        return BadTokens.unsigned("ws-unsigned", "social-worker", COUNCIL);
    }

    /** A well-formed token from another realm: its own issuer, signed by its own key. */
    static String fromAnotherRealm() {
        return BadTokens.fromAnotherRealm("ws-other-realm", "social-worker", COUNCIL);
    }

    /** Our issuer's name, but signed by a key the issuer never published. */
    static String signedByAnUnknownKey() {
        return BadTokens.signedByAnUnknownKey("ws-unknown-key", "social-worker", COUNCIL);
    }

    /** Signed with a shared secret (HS256) instead of the realm's RSA key. */
    static String signedWithASharedSecret() {
        return BadTokens.signedWithASharedSecret("ws-hmac", "social-worker", COUNCIL);
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.preferredUserName(subject)
                .subject(subject)
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
    }
}
