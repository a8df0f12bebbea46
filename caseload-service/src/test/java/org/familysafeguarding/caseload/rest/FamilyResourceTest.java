package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class FamilyResourceTest {

    @Test
    void a_social_worker_opens_a_family_in_their_council_and_records_its_people() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Ashdown");
        String family = openFamily(sw, surname + " family");
        String robin = recordChild(sw, family, """
                {"givenName": "Robin", "familyName": "%s", "dateOfBirth": "2019-03-02", "sex": "F", "ethnicity": "MWBA",
                 "disabilities": ["LD", "AUT"], "upn": "H801200001001", "nhsNumber": "943 476 5919", "councilChildId": "%s"}""".formatted(surname, childId()));
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Jordan", "familyName": "%s", "dateOfBirth": "1990-05-01", "crn": "X123456",
                 "relationships": [{"childId": "%s", "relationship": "FATHER"}]}""".formatted(surname, robin))
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .body("record.crn", equalTo("X123456"))
                .body("record.relationships[0].relationship", equalTo("FATHER"));

        given().auth()
                .oauth2(councilStaff("tm", "team-manager", COUNCIL))
                .when()
                .get(BASE + "/families/" + family)
                .then()
                .statusCode(200)
                .body("councilCode", equalTo(COUNCIL))
                .body("children[0].nhsNumber", equalTo("9434765919"))
                .body("children[0].disabilities", contains("AUT", "LD"))
                .body("adults[0].givenName", equalTo("Jordan"));
    }

    @Test
    void likely_duplicates_are_flagged_on_creation_not_refused() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Blackmore");
        String first = openFamily(sw, surname + " family");
        String original = recordChild(sw, first, childJson("Alex", surname, "2018-07-14", childId()));
        String second = openFamily(sw, surname + " household");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(childJson("alex", surname.toUpperCase(), "2018-07-14", childId()))
                .when()
                .post(BASE + "/families/" + second + "/children")
                .then()
                .statusCode(201)
                .body("possibleDuplicates.id", contains(original))
                .body("possibleDuplicates.reason", contains("SAME_NAME_AND_DATE_OF_BIRTH"));
        // another council's child with the same name and birth is none of this council's business
        String elsewhere = openFamily(socialWorker(OTHER_COUNCIL), surname + " family");
        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .contentType(ContentType.JSON)
                .body(childJson("Alex", surname, "2018-07-14", childId()))
                .when()
                .post(BASE + "/families/" + elsewhere + "/children")
                .then()
                .statusCode(201)
                .body("possibleDuplicates", empty());
    }

    @Test
    void a_crn_another_adult_holds_is_refused_without_saying_where_and_both_councils_admins_are_told() {
        String sw = socialWorker(COUNCIL);
        String crn = "Y" + String.format("%06d", NEXT.incrementAndGet() * 7 % 1_000_000);
        String adult = "{\"givenName\": \"Casey\", \"familyName\": \"Moor\", \"crn\": \"" + crn + "\"}";
        String first = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(adult)
                .when()
                .post(BASE + "/families/" + openFamily(sw, "Moor family") + "/adults")
                .then()
                .statusCode(201)
                .body("possibleDuplicates", empty())
                .extract()
                .path("record.id");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body(adult)
                .when()
                .post(BASE + "/families/" + openFamily(sw, "Moor family") + "/adults")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/identifier-already-held"));

        String otherSw = socialWorker(OTHER_COUNCIL);
        String elsewhere = openFamily(otherSw, "Moor family");
        given().auth()
                .oauth2(otherSw)
                .contentType(ContentType.JSON)
                .body(adult)
                .when()
                .post(BASE + "/families/" + elsewhere + "/adults")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(COUNCIL)))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(first)));
        given().auth()
                .oauth2(otherSw)
                .when()
                .get(BASE + "/families/" + elsewhere)
                .then()
                .statusCode(200)
                .body("adults", empty());

        given().auth()
                .oauth2(org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                        "pa", "partnership-admin", COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/identifier-claims")
                .then()
                .statusCode(200)
                .body("items.findAll { it.adultId == '%s' }.side".formatted(first), hasItems("HOLDER"))
                .body(
                        "items.findAll { it.adultId == '%s' }.claimedBy".formatted(first),
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth()
                .oauth2(org.familysafeguarding.platform.testing.TestTokens.councilStaff(
                        "pa", "partnership-admin", OTHER_COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/identifier-claims")
                .then()
                .statusCode(200)
                .body("items.side", hasItems("CLAIMANT"))
                .body("items.adultId", org.hamcrest.Matchers.not(hasItems(first)));
        given().auth().oauth2(sw).when().get(BASE + "/identifier-claims").then().statusCode(403);
    }

    @Test
    void refuses_invalid_identifiers_and_codes_listing_each_field() {
        String sw = socialWorker(COUNCIL);
        String family = openFamily(sw, "Invalid family");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "", "familyName": "Stone", "dateOfBirth": "2019-03-02", "sex": "X", "ethnicity": "ZZZZ",
                 "disabilities": ["BLUE"], "upn": "A801200001001", "nhsNumber": "9434765918", "councilChildId": "C 1"}""")
                .when()
                .post(BASE + "/families/" + family + "/children")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("givenName", "sex", "ethnicity", "upn", "nhsNumber", "councilChildId"));
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Casey\", \"familyName\": \"Stone\", \"crn\": \"A1234BC\"}")
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("crn"));
    }

    @Test
    void refuses_domain_rules_with_422_and_writes_nothing() {
        String sw = socialWorker(COUNCIL);
        String family = openFamily(sw, "Rules family");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                        {"givenName": "Sky", "familyName": "Stone", "sex": "U", "ethnicity": "NOBT", "councilChildId": "U1"}""")
                .when()
                .post(BASE + "/families/" + family + "/children")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"givenName\": \"Casey\", \"familyName\": \"Stone\", \"relationships\": [{\"childId\": \""
                        + UUID.randomUUID() + "\", \"relationship\": \"MOTHER\"}]}")
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/families/" + family)
                .then()
                .statusCode(200)
                .body("children", empty())
                .body("adults", empty());
    }

    @Test
    void another_councils_family_is_not_found_and_lists_show_only_the_callers_council() {
        String surname = unique("Hartfield");
        String theirs = openFamily(socialWorker(OTHER_COUNCIL), surname + " family");
        String ours = openFamily(socialWorker(COUNCIL), surname + " family");
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/families/" + theirs)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .contentType(ContentType.JSON)
                .body(childJson("Lee", surname, "2020-01-01", "X1"))
                .when()
                .post(BASE + "/families/" + theirs + "/children")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(councilStaff("admin", "partnership-admin", COUNCIL))
                .queryParam("q", surname.toLowerCase())
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(200)
                .body("items.id", contains(ours))
                .body("totalItems", equalTo(1));
    }

    @Test
    void roles_without_business_in_person_records_are_refused() {
        String family = openFamily(socialWorker(COUNCIL), "Guarded family");
        for (String role : new String[] {"analyst", "commissioner", "auditor", "provider-manager"}) {
            given().auth()
                    .oauth2(councilStaff("x", role, COUNCIL))
                    .when()
                    .get(BASE + "/families/" + family)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(agencyStaff("p", "practitioner", UUID.randomUUID().toString()))
                .when()
                .get(BASE + "/families")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(councilStaff("admin", "partnership-admin", COUNCIL))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Nope family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(403);
        given().when().get(BASE + "/families/" + family).then().statusCode(401);
        given().when().get(BASE + "/children").then().statusCode(401);
    }

    @Test
    void children_are_found_by_surname_or_the_councils_child_id() {
        String sw = socialWorker(COUNCIL);
        String surname = unique("Quill");
        String family = openFamily(sw, surname + " family");
        String childId = childId();
        String child = recordChild(sw, family, childJson("Morgan", surname, "2016-02-29", childId));
        recordChild(sw, family, childJson("Ash", surname, "2021-06-01", childId()));
        given().auth()
                .oauth2(sw)
                .queryParam(
                        "surname", surname.substring(0, surname.length() - 2).toUpperCase())
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.givenName", containsInAnyOrder("Ash", "Morgan"));
        given().auth()
                .oauth2(sw)
                .queryParam("childId", childId)
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .body("items.id", contains(child));
        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .queryParam("childId", childId)
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().auth()
                .oauth2(sw)
                .queryParam("size", 101)
                .when()
                .get(BASE + "/children")
                .then()
                .statusCode(400);
    }
}
