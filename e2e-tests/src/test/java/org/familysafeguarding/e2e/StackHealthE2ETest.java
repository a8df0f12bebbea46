package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

class StackHealthE2ETest {

    @Test
    void every_service_is_ready_with_its_database_and_kafka() {
        Stack.SERVICES.forEach((name, url) -> given().when()
                .get(url + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP")));
    }

    @Test
    void the_gateway_is_ready_and_reports_each_service() {
        given().when()
                .get(Stack.GATEWAY + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'services' }.data.partners", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.contracts", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.caseload", equalTo("UP"));
    }

    @Test
    void keycloak_serves_the_realm_with_its_issuer_pinned() {
        given().when()
                .get(Stack.REALM + "/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .body("issuer", equalTo(Stack.REALM));
    }

    @Test
    void the_gateway_serves_one_merged_api_description() {
        given().when()
                .get(Stack.GATEWAY + "/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/partners/v1/agencies"))
                .body("paths", hasKey("/api/contracts/v1/agencies"))
                .body("paths", hasKey("/api/caseload/v1/agencies"));
        given().when().get(Stack.GATEWAY + "/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void every_service_exposes_prometheus_metrics() {
        Stack.SERVICES.forEach(
                (name, url) -> given().when().get(url + "/q/metrics").then().statusCode(200));
        given().when().get(Stack.GATEWAY + "/q/metrics").then().statusCode(200);
    }
}
