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

/**
 * A service that is slow, down or keeps failing is answered with a problem, not a hang or a bare
 * error. "flaky" is the partners fake under another prefix, with a breaker of its own; "absent"
 * is a port where nothing listens.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
@TestProfile(GatewayServiceFailureTest.ShortPatience.class)
class GatewayServiceFailureTest {

    public static class ShortPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.upstream.timeout",
                    "1s",
                    "gateway.circuit-breaker.failures",
                    "3",
                    "gateway.circuit-breaker.failures-window",
                    "60s",
                    "gateway.circuit-breaker.open-for",
                    "2s",
                    "gateway.services.flaky.urls",
                    "${gateway.services.partners.urls}",
                    "gateway.services.flaky.prefixes",
                    "/api/flaky",
                    "gateway.services.absent.urls",
                    "${fake-services.closed-url}",
                    "gateway.services.absent.prefixes",
                    "/api/absent");
        }
    }

    private static String token() {
        return GatewayTokens.user("dashboard", "ws-failures", "social-worker");
    }

    @Test
    void a_service_too_slow_to_answer_is_answered_504() {
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/contracts/v1/contracts?delay=2500")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("type", containsString("/problems/service-timeout"))
                .body("detail", containsString("contracts"));
    }

    @Test
    void a_service_that_cannot_be_reached_is_answered_502() {
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/absent/v1/things")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502))
                .body("type", containsString("/problems/service-unreachable"))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void a_service_that_keeps_failing_is_rested_then_tried_again() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/flaky/v1/agencies?delay=1500")
                    .then()
                    .statusCode(504);
        }
        String marker = UUID.randomUUID().toString();
        var resting = given().auth()
                .oauth2(token())
                .when()
                .get("/api/flaky/v1/agencies?probe=" + marker)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", containsString("/problems/service-unavailable"))
                .extract();
        long retryAfter = Long.parseLong(resting.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(FakeServices.reached(marker)).isFalse();

        // the other services are not affected
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(200);

        Thread.sleep(retryAfter * 1000 + 300);
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/flaky/v1/agencies")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/flaky/v1/agencies")
                .then()
                .statusCode(200);
    }
}
