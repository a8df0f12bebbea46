package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
@TestProfile(GatewayReadinessWhenAServiceIsDownTest.WithAnAbsentService.class)
class GatewayReadinessWhenAServiceIsDownTest {

    public static class WithAnAbsentService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) has nothing listening here.
            return Map.of(
                    "gateway.services.absent.urls",
                    "http://127.0.0.1:9",
                    "gateway.services.absent.prefixes",
                    "/api/absent",
                    "gateway.probe-timeout",
                    "1s");
        }
    }

    @Test
    void the_gateway_is_not_ready_and_names_the_service_that_is_down() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'services' }.data.absent", equalTo("DOWN"))
                .body("checks.find { it.name == 'services' }.data.partners", equalTo("UP"));
    }

    @Test
    void the_api_description_still_serves_the_others_and_says_what_is_missing() {
        given().when()
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .body("'x-unavailable-services'", equalTo(java.util.List.of("absent")));
    }

    @Test
    void the_event_description_still_serves_the_others_and_says_what_is_missing() {
        given().when()
                .get("/asyncapi.json")
                .then()
                .statusCode(200)
                .body("channels.partnersEvents.address", equalTo("partners.events"))
                .body("'x-unavailable-services'", equalTo(java.util.List.of("absent")));
    }
}
