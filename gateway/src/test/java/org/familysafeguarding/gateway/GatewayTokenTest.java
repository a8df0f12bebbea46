package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every kind of bad token is refused at the gateway, and nothing of the request reaches a service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayTokenTest {

    @Test
    void a_good_token_reaches_the_service() {
        assertThat(reachesAService(() -> GatewayTokens.user("dashboard", "ws-good", "social-worker"), 200))
                .isTrue();
    }

    @Test
    void an_expired_token_is_refused() {
        assertThat(reachesAService(GatewayTokens::expired, 401)).isFalse();
    }

    @Test
    void a_token_not_valid_yet_is_refused() {
        assertThat(reachesAService(GatewayTokens::notYetValid, 401)).isFalse();
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        assertThat(reachesAService(GatewayTokens::fromAnotherIssuer, 401)).isFalse();
    }

    @Test
    void a_token_changed_after_signing_is_refused() {
        assertThat(reachesAService(GatewayTokens::tampered, 401)).isFalse();
    }

    @Test
    void an_unsigned_token_is_refused() {
        assertThat(reachesAService(GatewayTokens::unsigned, 401)).isFalse();
    }

    @Test
    void a_token_of_another_realm_is_refused() {
        assertThat(reachesAService(GatewayTokens::fromAnotherRealm, 401)).isFalse();
    }

    @Test
    void a_token_signed_by_a_key_the_issuer_never_published_is_refused() {
        assertThat(reachesAService(GatewayTokens::signedByAnUnknownKey, 401)).isFalse();
    }

    @Test
    void a_token_signed_with_a_shared_secret_is_refused() {
        assertThat(reachesAService(GatewayTokens::signedWithASharedSecret, 401)).isFalse();
    }

    @Test
    void a_header_that_is_not_a_token_is_refused() {
        assertThat(reachesAService(() -> "not-a-token", 401)).isFalse();
    }

    private static boolean reachesAService(Supplier<String> token, int expectedStatus) {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token.get())
                .when()
                .get("/api/caseload/v1/families?probe=" + marker)
                .then()
                .statusCode(expectedStatus);
        return FakeServices.reached(marker);
    }
}
