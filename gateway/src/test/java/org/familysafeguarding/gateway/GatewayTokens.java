package org.familysafeguarding.gateway;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.familysafeguarding.platform.testing.TestTokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Tokens for the gateway's tests: good ones from a named client (the {@code azp} claim), and the bad
 * ones a gateway must refuse. All but the forged ones are signed by the OIDC test server's key.
 */
final class GatewayTokens {

    static final String BROWSER_CLIENT = "family-safeguarding-web";

    private GatewayTokens() {
    }

    /** A realm user signed in through {@code client}. */
    static String user(String client, String subject, String role) {
        return claims(subject, role).claim("azp", client).claim("council", "E10000032").sign();
    }

    /** An integration's service account: its client and its role share a name. */
    static String serviceAccount(String client) {
        return claims("service-account-" + client, client).claim("azp", client).sign();
    }

    static String expired() {
        long now = now();
        return claims("ws-expired", "social-worker").issuedAt(now - 1200).expiresAt(now - 600).sign();
    }

    static String notYetValid() {
        long now = now();
        return claims("ws-early", "social-worker").claim("nbf", now + 600).expiresAt(now + 900).sign();
    }

    static String fromAnotherIssuer() {
        return claims("ws-elsewhere", "social-worker").issuer("https://server.elsewhere.example").sign();
    }

    /** The body changed after signing (a different role), the signature kept. */
    static String tampered() {
        String[] good = claims("ws-tamper", "social-worker").sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(good[1]), StandardCharsets.UTF_8)
                .replace("social-worker", "service-manager");
        return good[0] + "." + base64(payload) + "." + good[2];
    }

    /** Unsigned: {@code alg: none} and no signature. */
    static String unsigned() {
        String[] good = claims("ws-unsigned", "social-worker").sign().split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + good[1] + ".";
    }

    /** A well-formed token from another realm: its own issuer, signed by its own key. */
    static String fromAnotherRealm() {
        return claims("ws-other-realm", "social-worker")
                .issuer("https://keycloak.elsewhere.example/realms/other-council")
                .jws().keyId("other-realm-key").sign(otherKey().getPrivate());
    }

    /** Our issuer's name, but signed by a key the issuer never published. */
    static String signedByAnUnknownKey() {
        return claims("ws-unknown-key", "social-worker").jws().keyId("1").sign(otherKey().getPrivate());
    }

    /** Signed with a shared secret (HS256) instead of the realm's RSA key. */
    static String signedWithASharedSecret() {
        return claims("ws-hmac", "social-worker").signWithSecret("a-shared-secret-that-is-long-enough-for-hs256");
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.preferredUserName(subject)
                .subject(subject)
                .issuer(TestTokens.ISSUER)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
    }

    private static KeyPair otherKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
