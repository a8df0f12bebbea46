package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The coarse permissions in application.properties: any valid token for /api, an integration's role for its routes. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayRoutePermissionsTest {

    @Test
    void the_nhs_fhir_routes_are_for_the_nhs_integration_only() {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(councilStaff("ws-fhir", "social-worker", "E10000032"))
                .when()
                .get("/api/caseload/v1/fhir/Patient?probe=" + marker)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(GatewayTokens.serviceAccount("probation-integration"))
                .when()
                .get("/api/caseload/v1/fhir/Patient?probe=" + marker)
                .then()
                .statusCode(403);
        given().when()
                .get("/api/caseload/v1/fhir/Patient?probe=" + marker)
                .then()
                .statusCode(401);
        assertThat(FakeServices.reached(marker)).isFalse();

        given().auth()
                .oauth2(GatewayTokens.serviceAccount("nhs-integration"))
                .when()
                .get("/api/caseload/v1/fhir/Patient?probe=" + marker)
                .then()
                .statusCode(200);
        assertThat(FakeServices.reached(marker)).isTrue();
    }

    @Test
    void the_gateways_own_refusals_are_problem_bodies() {
        given().auth()
                .oauth2(councilStaff("ws-fhir", "social-worker", "E10000032"))
                .when()
                .get("/api/caseload/v1/fhir/Flag")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", endsWith("/forbidden"))
                .body("instance", equalTo("/api/caseload/v1/fhir/Flag"));
        given().when()
                .get("/api/caseload/v1/families")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", endsWith("/unauthorized"));
        given().auth()
                .oauth2("not-a-token")
                .when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void every_role_that_uses_the_api_today_still_gets_through() {
        for (String role : new String[] {
            "partnership-admin", "commissioner", "team-manager", "social-worker", "practitioner", "analyst", "auditor"
        }) {
            given().auth()
                    .oauth2(councilStaff("user-" + role, role, "E10000032"))
                    .when()
                    .get("/api/caseload/v1/families")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(agencyStaff("provider-user", "provider-manager", "7f8e9d10-0000-4000-8000-000000000001"))
                .when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(GatewayTokens.serviceAccount("nhs-integration"))
                .when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(200);
    }
}
