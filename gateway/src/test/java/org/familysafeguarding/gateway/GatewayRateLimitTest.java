package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A bucket of 3 calls per caller, one call back a minute; each test uses its own callers. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
@TestProfile(GatewayRateLimitTest.SmallBuckets.class)
class GatewayRateLimitTest {

    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.capacity",
                    "3",
                    "gateway.rate-limit.refill-tokens",
                    "1",
                    "gateway.rate-limit.refill-period",
                    "60s");
        }
    }

    @Test
    void a_client_over_its_limit_is_told_to_wait_and_its_call_goes_nowhere() {
        String client = "dashboard-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            call(GatewayTokens.user(client, "ws-1", "social-worker")).then().statusCode(200);
        }
        String marker = UUID.randomUUID().toString();
        var refused = given().auth()
                .oauth2(GatewayTokens.user(client, "ws-2", "social-worker"))
                .when()
                .get("/api/partners/v1/agencies?probe=" + marker)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body("type", containsString("/problems/rate-limited"))
                .body("detail", containsString("try again"))
                .extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("X-Request-Id")).isNotBlank();
        assertThat(FakeServices.reached(marker)).isFalse();
    }

    @Test
    void one_client_over_its_limit_does_not_hold_up_another() {
        String busy = "busy-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            call(GatewayTokens.user(busy, "ws-busy", "social-worker")).then().statusCode(200);
        }
        call(GatewayTokens.user(busy, "ws-busy", "social-worker")).then().statusCode(429);
        call(GatewayTokens.user("quiet-" + UUID.randomUUID(), "ws-busy", "social-worker"))
                .then()
                .statusCode(200);
    }

    @Test
    void browser_users_are_limited_one_by_one_so_one_cannot_starve_the_others() {
        String busyUser = "web-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            call(GatewayTokens.user(GatewayTokens.BROWSER_CLIENT, busyUser, "social-worker"))
                    .then()
                    .statusCode(200);
        }
        call(GatewayTokens.user(GatewayTokens.BROWSER_CLIENT, busyUser, "social-worker"))
                .then()
                .statusCode(429);
        call(GatewayTokens.user(GatewayTokens.BROWSER_CLIENT, "web-" + UUID.randomUUID(), "team-manager"))
                .then()
                .statusCode(200);
    }

    @Test
    void calls_without_a_token_are_counted_by_address() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/contracts/v1/contracts").then().statusCode(401);
        }
        given().when()
                .get("/api/contracts/v1/contracts")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // a caller with a token has a bucket of its own
        call(GatewayTokens.user("dashboard-" + UUID.randomUUID(), "ws-3", "social-worker"))
                .then()
                .statusCode(200);
    }

    @Test
    void the_platforms_own_pages_are_not_limited() {
        for (int i = 0; i < 6; i++) {
            given().when().get("/q/health/ready").then().statusCode(200);
        }
    }

    private static io.restassured.response.Response call(String token) {
        return given().auth().oauth2(token).when().get("/api/partners/v1/agencies");
    }
}
