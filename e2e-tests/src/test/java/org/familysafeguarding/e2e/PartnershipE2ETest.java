package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The partnership register through the gateway, with the demo users' real tokens. */
class PartnershipE2ETest {

    static final String WEST_SUSSEX = "E10000032";
    static final List<String> WEST_SUSSEX_MANDATORY =
            List.of("EQUALITY_POLICY", "SAFEGUARDING_POLICY", "INSURANCE", "DATA_PROTECTION");

    static String accreditationBy(String agency, String council, String token) {
        List<String> statuses = given().auth()
                .oauth2(token)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + agency + "/accreditations")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.councilCode == '%s' }.status".formatted(council));
        return statuses.isEmpty() ? "NOT_ACCREDITED" : statuses.get(0);
    }

    static void check(String agency, String type, String outcome, String commissioner) {
        given().auth()
                .oauth2(commissioner)
                .contentType(ContentType.JSON)
                .body("""
                        {"type": "%s", "outcome": "%s", "evidenceReference": "E2E-%s", "checkedOn": "%s", "expiresOn": "%s"}""".formatted(
                                type,
                                outcome,
                                type,
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusYears(1)))
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies/" + agency + "/checks")
                .then()
                .statusCode(201);
    }

    @Test
    void an_agency_is_accredited_only_after_its_last_mandatory_check_passes_and_loses_it_when_one_fails() {
        String admin = Stack.tokenFor("platform-admin");
        String commissioner = Stack.tokenFor(Stack.user("commissioner", WEST_SUSSEX));
        String agency = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Weald Family Support %s\", \"kind\": \"STATUTORY_BODY\"}"
                        .formatted(UUID.randomUUID()))
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (String type : WEST_SUSSEX_MANDATORY) {
            org.assertj.core.api.Assertions.assertThat(accreditationBy(agency, WEST_SUSSEX, commissioner))
                    .isEqualTo("NOT_ACCREDITED");
            check(agency, type, "PASSED", commissioner);
        }
        org.assertj.core.api.Assertions.assertThat(accreditationBy(agency, WEST_SUSSEX, commissioner))
                .isEqualTo("ACCREDITED");

        check(agency, "INSURANCE", "FAILED", commissioner);
        org.assertj.core.api.Assertions.assertThat(accreditationBy(agency, WEST_SUSSEX, commissioner))
                .isEqualTo("NOT_ACCREDITED");
    }

    @Test
    void the_demo_partnership_is_loaded_and_scoped_to_each_council() {
        String wsCommissioner = Stack.tokenFor(Stack.user("commissioner", WEST_SUSSEX));
        String oxCommissioner = Stack.tokenFor(Stack.user("commissioner", "E10000025"));
        given().auth()
                .oauth2(wsCommissioner)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/councils?q=bury")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("E08000002"));
        String teamId = given().auth()
                .oauth2(wsCommissioner)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/teams")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(wsCommissioner)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/teams/" + teamId + "/fidelity")
                .then()
                .statusCode(200)
                .body("lacking.size()", equalTo(0));
        given().auth()
                .oauth2(oxCommissioner)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/teams/" + teamId)
                .then()
                .statusCode(404);
        String changeGrowLive = "6f1c2a10-0000-4000-8000-000000000001";
        org.assertj.core.api.Assertions.assertThat(accreditationBy(changeGrowLive, WEST_SUSSEX, wsCommissioner))
                .isEqualTo("ACCREDITED");
    }

    @Test
    void a_provider_manager_keeps_their_own_staff_and_cannot_touch_another_agencys() {
        var cglManager = Stack.user("provider-manager", null);
        String token = Stack.tokenFor(cglManager);
        given().auth()
                .oauth2(token)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + cglManager.agencyId() + "/practitioners")
                .then()
                .statusCode(200);
        String turningPoint = "6f1c2a10-0000-4000-8000-000000000004";
        String other =
                turningPoint.equals(cglManager.agencyId()) ? "6f1c2a10-0000-4000-8000-000000000001" : turningPoint;
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                        {"givenName": "Ada", "familyName": "Nwosu", "role": "VOLUNTEER", "fte": 0.2,
                         "startDate": "2026-01-05", "login": "e2e-%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .when()
                .post(Stack.GATEWAY + "/api/partners/v1/agencies/" + other + "/practitioners")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + other + "/practitioners")
                .then()
                .statusCode(404);
    }
}
