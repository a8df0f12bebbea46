package org.familysafeguarding.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Security headers, CORS for the dashboards only, and size limits (16 KiB in the test profile). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class GatewayHardeningTest {

    private static final String DASHBOARD = "https://dashboard.test.example";

    private static String token() {
        return GatewayTokens.user("dashboard", "ws-hardening", "social-worker");
    }

    @Test
    void api_answers_carry_the_security_headers_once_whatever_the_service_sent() {
        Response response = given().auth().oauth2(token()).when().get("/api/partners/v1/agencies");
        response.then()
                .statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        // the fake service sent Cache-Control: max-age=600 and X-Frame-Options: SAMEORIGIN
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().getValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void the_gateways_own_answers_carry_them_too() {
        given().when()
                .get("/api/partners/v1/agencies")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
        given().when()
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void swagger_ui_still_loads_under_its_own_content_security_policy() {
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                // everything the page loads comes from the gateway itself, as the policy requires
                .body(not(containsString("src=\"http")))
                .body(not(containsString("href=\"http")));
    }

    @Test
    void a_dashboard_origin_may_call_the_api_from_a_browser() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when()
                .options("/api/caseload/v1/families")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().auth()
                .oauth2(token())
                .header("Origin", DASHBOARD)
                .when()
                .get("/api/caseload/v1/families")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void any_other_origin_is_not_allowed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/caseload/v1/families")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth()
                .oauth2(token())
                .header("Origin", "https://elsewhere.example")
                .when()
                .get("/api/caseload/v1/families")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void a_body_within_the_limit_goes_through() {
        given().auth()
                .oauth2(token())
                .contentType(ContentType.JSON)
                .body("{\"n\": \"" + "x".repeat(15_000) + "\"}")
                .when()
                .post("/api/caseload/v1/families")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(15_009));
    }

    @Test
    void a_declared_body_over_the_limit_is_refused_before_it_is_read() throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange("""
                POST /api/caseload/v1/families?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                Content-Type: application/json
                Content-Length: 2000000
                """.formatted(marker, token()), new byte[0]);
        assertThat(RawHttp.status(response)).isEqualTo(413);
        assertThat(response)
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413")
                .contains("body-too-large");
        assertThat(FakeServices.reached(marker)).isFalse();
    }

    @Test
    void a_streamed_body_over_the_limit_is_refused_and_none_of_it_reaches_the_service() throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange("""
                POST /api/caseload/v1/families?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                Content-Type: application/json
                Transfer-Encoding: chunked
                """.formatted(marker, token()), RawHttp.chunked(20_000, 4_000));
        assertThat(RawHttp.status(response)).isEqualTo(413);
        assertThat(response)
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("body-too-large");
        assertThat(FakeServices.reached(marker)).isFalse();
    }

    @Test
    void a_streamed_body_within_the_limit_reaches_the_service_whole() throws IOException {
        String marker = UUID.randomUUID().toString();
        String response = RawHttp.exchange("""
                POST /api/caseload/v1/families?probe=%s HTTP/1.1
                Host: localhost
                Authorization: Bearer %s
                Content-Type: application/json
                Transfer-Encoding: chunked
                Connection: close
                """.formatted(marker, token()), RawHttp.chunked(10_000, 3_000));
        assertThat(RawHttp.status(response)).isEqualTo(200);
        assertThat(response).contains("\"bodyLength\": 10000");
    }

    @Test
    void oversized_headers_are_refused() throws IOException {
        String response = RawHttp.exchange("""
                GET /api/partners/v1/agencies HTTP/1.1
                Host: localhost
                X-Padding: %s
                """.formatted("p".repeat(20_000)), new byte[0]);
        assertThat(RawHttp.status(response)).isEqualTo(431);
    }
}
