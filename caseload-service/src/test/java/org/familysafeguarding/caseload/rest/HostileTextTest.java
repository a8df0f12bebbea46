package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.allocateAdult;
import static org.familysafeguarding.caseload.rest.AllocationFixtures.practitionerToken;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.support.Partnership;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Text no reader can show or PostgreSQL cannot hold is refused as a 400 naming the field, and nothing
 * is written; text that is fine is stored normalised (names trimmed, notes as written).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class HostileTextTest {

    @Inject
    Partnership partnership;

    static ValidatableResponse openFamilyWith(String token, String jsonName) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + jsonName + "\"}")
                .when()
                .post(BASE + "/families")
                .then();
    }

    static void refusedNaming(ValidatableResponse response, String field, String reason) {
        response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://familysafeguarding.org/problems/invalid-text"))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString("Field '" + field + "'"))
                .body("detail", containsString(reason));
    }

    static void noFamilyNamed(String token, String prefix) {
        given().auth()
                .oauth2(token)
                .queryParam("q", prefix)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_nul_in_a_family_name_is_a_400_naming_the_field_and_nothing_is_written() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Smith");
        refusedNaming(openFamilyWith(sw, surname + "\\u0000 family"), "name", "U+0000");
        noFamilyNamed(sw, surname);
    }

    @Test
    void a_lone_surrogate_in_a_family_name_is_a_400_naming_the_field_and_nothing_is_written() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Smith");
        refusedNaming(openFamilyWith(sw, surname + " \\ud800 family"), "name", "surrogate");
        noFamilyNamed(sw, surname);
    }

    @Test
    void a_c1_control_or_a_non_character_in_a_childs_name_is_refused_naming_it() {
        String sw = socialWorker(COUNCIL);
        String family = openFamily(sw, unique("Ives") + " family");
        for (String hostile : new String[] {"Ro\\u0085bin", "Robin\\uFFFF", "Robin\\u001b[2J"}) {
            refusedNaming(
                    given().auth()
                            .oauth2(sw)
                            .contentType(ContentType.JSON)
                            .body(childJson(hostile, "Ives", "2019-03-02", childId()))
                            .when()
                            .post(BASE + "/families/" + family + "/children")
                            .then(),
                    "givenName",
                    "U+");
        }
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/families/" + family)
                .then()
                .statusCode(200)
                .body("children.size()", equalTo(0));
    }

    @Test
    void a_line_break_is_refused_in_a_name() {
        refusedNaming(openFamilyWith(socialWorker(COUNCIL), "Smith\\nfamily"), "name", "only free text");
    }

    @Test
    void a_name_is_stored_trimmed_and_in_nfc_so_two_spellings_of_one_name_are_one() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Ashdown");
        String stored = surname + " Zo\u00e9 family"; // e with acute, precomposed
        String id = openFamilyWith(sw, "  " + surname + " Zoe\\u0301 family ")
                .statusCode(201) // e + combining acute
                .body("name", equalTo(stored))
                .extract()
                .path("id");
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/families/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(stored));
        given().auth()
                .oauth2(sw)
                .queryParam("q", stored)
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        // a search typed with the combining accent finds it too: the query is normalised as the name was
        given().auth()
                .oauth2(sw)
                .queryParam("q", surname + " Zoe\u0301")
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void a_length_limit_counts_characters_not_utf16_units() {
        String sw = socialWorker(COUNCIL);
        String emoji = "\\ud83d\\ude00";
        openFamilyWith(sw, emoji.repeat(200)).statusCode(201);
        openFamilyWith(sw, emoji.repeat(201)).statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void notes_keep_their_line_breaks_and_tabs_as_written() {
        var world = new AllocationFixtures(partnership);
        Object[] su = world.substanceUsePractitioner();
        allocateAdult(world.adultId, (UUID) su[1], "SUBSTANCE_USE").statusCode(201);
        String token = practitionerToken((String) su[2], (UUID) su[0]);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"type": "HOME_VISIT", "occurredOn": "%s", "durationMinutes": 45,
                 "notes": "  Seen at home.\\r\\n\\tCalm, engaged. "}""".formatted(LocalDate.now()))
                .when()
                .post(BASE + "/adults/" + world.adultId + "/interventions")
                .then()
                .statusCode(201)
                .body("notes", equalTo("Seen at home.\r\n\tCalm, engaged.")); // the record strips the ends
        refusedNaming(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body("""
                {"type": "HOME_VISIT", "occurredOn": "%s", "durationMinutes": 45, "notes": "Seen\\u0000"}""".formatted(LocalDate.now()))
                        .when()
                        .post(BASE + "/adults/" + world.adultId + "/interventions")
                        .then(),
                "notes",
                "U+0000");
    }

    @Test
    void a_control_character_in_a_query_parameter_is_a_400_naming_it() {
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .urlEncodingEnabled(false)
                .when()
                .get(BASE + "/families?q=Smith%00family")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://familysafeguarding.org/problems/invalid-text"))
                .body("errors[0].field", equalTo("q"))
                .body("detail", containsString("U+0000"));
    }

    @Test
    void a_control_character_in_a_header_the_service_keeps_is_a_400_naming_it() {
        // HTTP carries a tab inside a header value (other control characters never reach the service)
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .header("If-Match", "\"0\t1\"")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Header family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("header If-Match"))
                .body("detail", containsString("U+0009"));
    }
}
