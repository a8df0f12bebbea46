package org.familysafeguarding.dashboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Against the OIDC test server: pages need sign-in by the code flow with PKCE; static parts do not. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SignInTest {

    @Test
    void a_page_without_a_session_sends_the_browser_to_sign_in_with_pkce_and_no_client_secret() {
        given().redirects()
                .follow(false)
                .when()
                .get("/commissioning")
                .then()
                .statusCode(302)
                .header(
                        "Location",
                        allOf(
                                containsString("/realms/quarkus?"),
                                containsString("response_type=code"),
                                containsString("client_id=family-safeguarding-web"),
                                containsString("code_challenge_method=S256"),
                                containsString("code_challenge="),
                                containsString("redirect_uri=http%3A%2F%2Flocalhost%3A"),
                                not(containsString("client_secret"))))
                .header(
                        "Set-Cookie",
                        allOf(containsStringIgnoringCase("HttpOnly"), containsStringIgnoringCase("SameSite=Lax")));
    }

    @Test
    void a_made_up_session_cookie_is_not_a_session() {
        given().redirects()
                .follow(false)
                .cookie("q_session", "made-up")
                .when()
                .get("/team")
                .then()
                .statusCode(302)
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void stylesheets_and_scripts_come_from_the_jars_under_a_self_only_content_security_policy() {
        given().when()
                .get("/webjars/govuk-frontend/5.7.1/dist/govuk/govuk-frontend.min.css")
                .then()
                .statusCode(200)
                .header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("default-src 'none'"),
                                containsString("script-src 'self'"),
                                containsString("frame-ancestors 'none'"),
                                not(containsString("unsafe-inline"))));
        given().when().get("/_static/echarts/5.6.0/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/assets/images/favicon.ico").then().statusCode(200);
        given().when().get("/static/charts.js").then().statusCode(200);
    }
}
