package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayRoutingTest {

    static String token() {
        return councilStaff("ws-social-worker", "social-worker", "E10000032");
    }

    @Test
    void without_a_token_nothing_reaches_a_service() {
        given().when().get("/api/partners/v1/agencies").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/caseload/v1/families")
                .then()
                .statusCode(401);
    }

    @Test
    void a_forged_token_is_refused() {
        String forged = token().substring(0, token().lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(401);
    }

    @Test
    void each_prefix_reaches_its_service_with_the_path_and_token_unchanged() {
        String token = token();
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/partners/v1/agencies?page=2&size=5")
                .then()
                .statusCode(200)
                .body("service", equalTo("partners"))
                .body("path", equalTo("/api/partners/v1/agencies?page=2&size=5"))
                .body("authorization", equalTo("Bearer " + token));
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/contracts/v1/agencies")
                .then()
                .body("service", equalTo("contracts"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"a\": 1}")
                .when()
                .post("/api/caseload/v1/families")
                .then()
                .body("service", equalTo("caseload"))
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(8));
    }

    @Test
    void a_path_no_service_serves_is_not_found() {
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/unknown/v1/things")
                .then()
                .statusCode(404);
        given().auth().oauth2(token()).when().get("/api/partnersx/v1").then().statusCode(404);
        // capitals in the route part are not a plain path: refused before routing (CanonicalPath)
        given().auth().oauth2(token()).when().get("/api/partnersX/v1").then().statusCode(400);
    }

    @Test
    void serves_one_api_description_merged_from_every_service() {
        given().when()
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/partners/v1/agencies/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/contracts/v1/agencies/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/caseload/v1/agencies/{id}"))
                .body("components.schemas.keySet()", hasItems("Agency", "ContractsAgency"))
                .body(
                        "paths.'/api/contracts/v1/agencies/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ContractsAgency"))
                .body(
                        "paths.'/api/caseload/v1/agencies/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Agency"))
                .body("components.securitySchemes.SecurityScheme", notNullValue());
    }

    @Test
    void swagger_ui_is_served() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readiness_reports_each_service() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'services' }.data.partners", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.caseload", equalTo("UP"));
    }
}
