package org.familysafeguarding.platform.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The bad tokens every entry point must refuse with 401. Each carries a valid role and {@code council}
 * claim, so only the named defect is wrong; all but the forged ones are signed by the key of the OIDC
 * test server that {@code OidcWiremockTestResource} runs in the test JVM.
 */
public final class BadTokens {

    /** Another council's GSS code, written into the body of {@link #tampered} after signing. */
    public static final String TAMPERED_COUNCIL = "E10000099";

    private static final String SHARED_SECRET = "a-shared-secret-that-is-long-enough-for-hs256";

    /**
     * Every kind of bad token, for a JUnit 5 {@code @EnumSource}. The token is made when asked for, so
     * inside the running test where the test server's signing key is configured.
     */
    public enum Defect {
        EXPIRED(BadTokens::expired),
        NOT_YET_VALID(BadTokens::notYetValid),
        ANOTHER_ISSUER(BadTokens::fromAnotherIssuer),
        CHANGED_AFTER_SIGNING(BadTokens::tampered),
        ALG_NONE(BadTokens::unsigned),
        ANOTHER_REALM(BadTokens::fromAnotherRealm),
        OUR_ISSUER_UNKNOWN_KEY(BadTokens::signedByAnUnknownKey),
        HS256_SHARED_SECRET(BadTokens::signedWithASharedSecret),
        /** A valid token of the realm, but meant for another client (e.g. the account console). */
        ANOTHER_AUDIENCE(BadTokens::forAnotherAudience),
        NO_AUDIENCE(BadTokens::withoutAudience),
        NOT_A_TOKEN((subject, role, council) -> notAToken());

        private final Maker maker;

        Defect(Maker maker) {
            this.maker = maker;
        }

        /** A token with this defect only, otherwise shaped as {@code role} of {@code council}. */
        public String token(String subject, String role, String council) {
            return maker.make(subject, role, council);
        }
    }

    @FunctionalInterface
    private interface Maker {
        String make(String subject, String role, String council);
    }

    private BadTokens() {}

    public static String expired(String subject, String role, String council) {
        long now = now();
        return claims(subject, role, council)
                .issuedAt(now - 1200)
                .expiresAt(now - 600)
                .sign();
    }

    /** {@code nbf} ten minutes ahead. */
    public static String notYetValid(String subject, String role, String council) {
        long now = now();
        return claims(subject, role, council)
                .claim("nbf", now + 600)
                .expiresAt(now + 900)
                .sign();
    }

    /** Signed by the test server's key, but naming another issuer. */
    public static String fromAnotherIssuer(String subject, String role, String council) {
        return claims(subject, role, council)
                .issuer("https://server.elsewhere.example")
                .sign();
    }

    /** The body changed after signing (the council claim now names {@link #TAMPERED_COUNCIL}), the signature kept. */
    public static String tampered(String subject, String role, String council) {
        String[] good = claims(subject, role, council).sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(good[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("\"" + council + "\"", "\"" + TAMPERED_COUNCIL + "\"");
        if (changed.equals(payload)) {
            throw new IllegalStateException("the council claim was not found in " + payload);
        }
        return good[0] + "." + base64(changed) + "." + good[2];
    }

    /** Unsigned: {@code alg: none} and no signature. */
    public static String unsigned(String subject, String role, String council) {
        String[] good = claims(subject, role, council).sign().split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + good[1] + ".";
    }

    /** A well-formed token from another realm: its own issuer, signed by its own key. */
    public static String fromAnotherRealm(String subject, String role, String council) {
        return claims(subject, role, council)
                .issuer("https://keycloak.elsewhere.example/realms/other-council")
                .jws()
                .keyId("other-realm-key")
                .sign(OtherKey.PAIR.getPrivate());
    }

    /** Our issuer's name, but signed by a key the issuer never published (under the key id it does publish). */
    public static String signedByAnUnknownKey(String subject, String role, String council) {
        return claims(subject, role, council).jws().keyId("1").sign(OtherKey.PAIR.getPrivate());
    }

    /** Signed with a shared secret (HS256) instead of the realm's RSA key. */
    public static String signedWithASharedSecret(String subject, String role, String council) {
        return claims(subject, role, council).signWithSecret(SHARED_SECRET);
    }

    /** Signed by the realm, but its audience is another client only. */
    public static String forAnotherAudience(String subject, String role, String council) {
        return claims(subject, role, council).audience("account").sign();
    }

    /** Signed by the realm, with no audience at all. */
    public static String withoutAudience(String subject, String role, String council) {
        return Jwt.preferredUserName(subject)
                .subject(subject)
                .issuer(TestTokens.ISSUER)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("council", council)
                .expiresIn(300)
                .sign();
    }

    /** A bearer value that is not a JWT at all. */
    public static String notAToken() {
        return "not-a-token";
    }

    private static JwtClaimsBuilder claims(String subject, String role, String council) {
        return Jwt.preferredUserName(subject)
                .subject(subject)
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("council", council)
                .expiresIn(300);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** An RSA key pair no issuer published, made once per test JVM. */
    private static final class OtherKey {

        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
