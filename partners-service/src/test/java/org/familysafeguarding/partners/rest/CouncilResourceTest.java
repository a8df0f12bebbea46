package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.concurrent.atomic.AtomicInteger;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class CouncilResourceTest {

    static final String COUNCILS = "/api/partners/v1/councils";
    static final AtomicInteger NEXT = new AtomicInteger(100);

    /** A fresh, valid county GSS code and LA number for each test. */
    static String[] freshCouncil() {
        int n = NEXT.incrementAndGet();
        return new String[] {"E10000" + n, String.valueOf(n + 500)};
    }

    static String details(String laNumber, String officerUpTo) {
        return """
                {"name": "Downland County Council", "localAuthorityNumber": "%s", "modelAdoptedOn": "2022-09-01",
                 "inHoursPhone": "01234 567890", "outOfHoursPhone": "0330 222 6664",
                 "decisionThresholds": {"keyDecision": 500000.00, "officerUpTo": %s, "cabinetMemberUpTo": 1000000.00},
                 "childPopulation": [{"year": 2024, "children": 175000}]}""".formatted(laNumber, officerUpTo);
    }

    static String registration(String code, String laNumber) {
        return "{\"code\": \"%s\", \"details\": %s}".formatted(code, details(laNumber, "500000.00"));
    }

    static String admin(String council) {
        return councilStaff("admin-" + council, "partnership-admin", council);
    }

    @Test
    void the_platform_admin_registers_a_council_that_every_role_can_read() {
        String[] c = freshCouncil();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(c[0]))
                .body("officerUpTo", equalTo(500000.00f));
        given().auth()
                .oauth2(councilStaff("sw", "social-worker", "E10000025"))
                .when()
                .get(COUNCILS + "/" + c[0])
                .then()
                .statusCode(200)
                .body("childPopulation[0].children", equalTo(175000));
        given().auth()
                .oauth2(councilStaff("sw", "analyst", "E10000025"))
                .queryParam("q", "downland")
                .when()
                .get(COUNCILS)
                .then()
                .statusCode(200)
                .body("items.code", hasItem(c[0]));
    }

    @Test
    void refuses_an_invalid_gss_code_and_every_other_invalid_field() {
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "E07000223", "details": {"name": "", "localAuthorityNumber": "93",
                         "inHoursPhone": "call us", "outOfHoursPhone": "01234 567890",
                         "decisionThresholds": {"keyDecision": -1, "officerUpTo": 1, "cabinetMemberUpTo": 2}}}""")
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "code",
                                "details.name",
                                "details.localAuthorityNumber",
                                "details.inHoursPhone",
                                "details.decisionThresholds.keyDecision"));
    }

    @Test
    void an_officer_limit_above_the_cabinet_members_is_refused() {
        String[] c = freshCouncil();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"details\": %s}".formatted(c[0], details(c[1], "2000000.00")))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(422)
                .body("detail", containsString("officer"));
    }

    @Test
    void a_council_cannot_be_registered_twice() {
        String[] c = freshCouncil();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(409);
    }

    @Test
    void only_the_platform_admin_registers_councils_not_a_councils_partnership_admin() {
        String[] c = freshCouncil();
        given().auth()
                .oauth2(admin("E10000025"))
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin(c[0]))
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("c", "commissioner", c[0]))
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", endsWith("/forbidden"))
                .body("instance", equalTo(COUNCILS));
        given().contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", endsWith("/unauthorized"));
        given().auth()
                .oauth2(admin(c[0]))
                .when()
                .get(COUNCILS + "/" + c[0])
                .then()
                .statusCode(404);
    }

    @Test
    void changes_need_the_current_version_and_come_from_the_councils_own_admin() {
        String[] c = freshCouncil();
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(registration(c[0], c[1]))
                .when()
                .post(COUNCILS)
                .then()
                .statusCode(201);
        String changed = details(c[1], "250000.00");

        given().auth()
                .oauth2(admin("E10000025"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(COUNCILS + "/" + c[0])
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin(c[0]))
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put(COUNCILS + "/" + c[0])
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(admin(c[0]))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(changed)
                .when()
                .put(COUNCILS + "/" + c[0])
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin(c[0]))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(COUNCILS + "/" + c[0])
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("officerUpTo", equalTo(250000.00f));
    }

    @Test
    void an_unknown_council_is_a_404_problem() {
        given().auth()
                .oauth2(admin("E10000032"))
                .when()
                .get(COUNCILS + "/E10999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
