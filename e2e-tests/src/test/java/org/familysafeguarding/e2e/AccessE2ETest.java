package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

class AccessE2ETest {

    static final List<String> READ_PATHS =
            List.of("/api/partners/v1/agencies", "/api/contracts/v1/agencies", "/api/caseload/v1/agencies");

    @Test
    void without_a_token_every_api_answers_401_at_the_gateway_and_at_each_service() {
        for (String path : READ_PATHS) {
            given().when().get(Stack.GATEWAY + path).then().statusCode(401);
        }
        given().when()
                .get(Stack.SERVICES.get("partners") + READ_PATHS.get(0))
                .then()
                .statusCode(401);
        given().when()
                .get(Stack.SERVICES.get("contracts") + READ_PATHS.get(1))
                .then()
                .statusCode(401);
        given().when()
                .get(Stack.SERVICES.get("caseload") + READ_PATHS.get(2))
                .then()
                .statusCode(401);
    }

    @Test
    void a_token_that_is_not_keycloaks_answers_401() {
        String token = Stack.tokenFor("partnership-admin");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        given().auth()
                .oauth2(tampered)
                .when()
                .get(Stack.GATEWAY + READ_PATHS.get(0))
                .then()
                .statusCode(401);
    }

    @Test
    void a_demo_users_token_reaches_each_service_through_the_gateway() {
        String admin = Stack.tokenFor("partnership-admin");
        for (String path : READ_PATHS) {
            given().auth().oauth2(admin).when().get(Stack.GATEWAY + path).then().statusCode(200);
        }
    }

    @Test
    void a_token_fetched_through_another_host_name_is_accepted_because_the_issuer_is_pinned() throws Exception {
        var admin = Stack.user("partnership-admin", null);
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", Stack.WEB_CLIENT)
                .formParam("username", admin.username())
                .formParam("password", admin.password())
                .when()
                .post("http://localhost:8180/realms/family-safeguarding/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        assertThat(claims(token).path("iss").asText()).isEqualTo(Stack.REALM);
        given().auth()
                .oauth2(token)
                .when()
                .get("http://localhost:8080" + READ_PATHS.get(0))
                .then()
                .statusCode(200);
    }

    @Test
    void the_wrong_role_answers_403() {
        given().auth()
                .oauth2(Stack.tokenFor("social-worker"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Not Allowed Trust", "kind": "STATUTORY_BODY"}""")
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Stack.tokenFor("commissioner"))
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/agencies")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Stack.tokenFor("social-worker"))
                .when()
                .get(Stack.GATEWAY + "/api/contracts/v1/agencies")
                .then()
                .statusCode(403);
    }

    @Test
    void tokens_carry_the_role_and_the_council_or_agency_of_the_demo_user() throws Exception {
        var councilUser = Stack.user("social-worker", "E10000032");
        JsonNode claims = claims(Stack.tokenFor(councilUser));
        assertThat(claims.path("council").asText()).isEqualTo("E10000032");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("social-worker");
        assertThat(claims.path("iss").asText()).isEqualTo(Stack.REALM);

        var agencyUser = Stack.user("practitioner", null);
        assertThat(claims(Stack.tokenFor(agencyUser)).path("agency").asText()).isEqualTo(agencyUser.agencyId());
    }

    @Test
    void every_demo_user_logs_in_with_exactly_their_role_and_workplace() throws Exception {
        for (Stack.DemoUser user : Stack.demoUsers()) {
            JsonNode claims = claims(Stack.tokenFor(user));
            assertThat(claims.path("preferred_username").asText()).isEqualTo(user.username());
            assertThat(claims.path("realm_access").path("roles").toString()).isEqualTo("[\"" + user.role() + "\"]");
            assertThat(claims.path("council").asText("")).isEqualTo(user.council());
            assertThat(claims.path("agency").asText("")).isEqualTo(user.agencyId());
        }
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
