package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.platform.testing.TestTokens.agencyStaff;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.familysafeguarding.platform.testing.TestTokens.platformAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AgencyResourceTest {

    static final String AGENCIES = "/api/partners/v1/agencies";
    static final String WEST_SUSSEX = "E10000032";

    /** The steward of the agency register. */
    static String admin() {
        return platformAdmin();
    }

    static String westSussexAdmin() {
        return councilStaff("ws-partnership-admin", "partnership-admin", WEST_SUSSEX);
    }

    static String charityNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    static String charity(String number) {
        return """
                {"name": "Family Recovery Trust", "kind": "CHARITY", "charityNumber": "%s"}""".formatted(number);
    }

    @Test
    void the_platform_admin_registers_an_agency_and_every_role_reads_it() {
        String number = charityNumber();
        String location = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .body("name", equalTo("Family Recovery Trust"))
                .body("charityNumber", equalTo(number))
                .extract()
                .header("Location");

        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", WEST_SUSSEX))
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .body("kind", equalTo("CHARITY"));
    }

    @Test
    void a_caller_without_a_token_is_refused() {
        given().contentType(ContentType.JSON)
                .body(charity(charityNumber()))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(401);
        given().when().get(AGENCIES).then().statusCode(401);
    }

    @Test
    void only_the_platform_admin_may_register_an_agency_not_a_councils_partnership_admin() {
        String number = charityNumber();
        for (String role :
                new String[] {"partnership-admin", "social-worker", "commissioner", "practitioner", "analyst", "auditor"
                }) {
            given().auth()
                    .oauth2(councilStaff("someone", role, WEST_SUSSEX))
                    .contentType(ContentType.JSON)
                    .body(charity(number))
                    .when()
                    .post(AGENCIES)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(admin())
                .queryParam("size", 100)
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.charityNumber", org.hamcrest.Matchers.not(hasItem(number)));
    }

    @Test
    void invalid_fields_are_all_named_in_a_problem_body_and_nothing_is_written() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "kind": "NHS_TRUST", "odsCode": "rx-2", "charityNumber": "12"}""")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("name", "odsCode", "charityNumber"));
    }

    @Test
    void an_identifier_the_kind_requires_is_asked_for() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Coastal Care NHS Trust", "kind": "NHS_TRUST"}""")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("odsCode"));
    }

    @Test
    void malformed_json_and_unknown_values_get_a_400_problem() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "kind": "SPACESHIP"}""")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"id": "not-a-uuid", "name": "X", "kind": "STATUTORY_BODY"}""")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_second_agency_with_the_same_register_number_is_a_conflict() {
        String number = charityNumber();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void a_caller_chosen_id_is_kept_and_cannot_be_reused() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id": "%s", "name": "Probation Service", "kind": "STATUTORY_BODY"}""".formatted(id);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .body("id", equalTo(id.toString()));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(409);
    }

    @Test
    void an_unknown_agency_is_a_404_problem() {
        given().auth()
                .oauth2(admin())
                .when()
                .get(AGENCIES + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .when()
                .get(AGENCIES + "/not-a-uuid")
                .then()
                .statusCode(404);
    }

    @Test
    void agencies_can_be_searched_by_name() {
        String number = charityNumber();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Hilltop Recovery %s\", \"kind\": \"CHARITY\", \"charityNumber\": \"%s\"}"
                        .formatted(number, number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .queryParam("q", "hilltop recovery " + number)
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].charityNumber", equalTo(number));
    }

    @Test
    void page_size_is_bounded() {
        given().auth()
                .oauth2(admin())
                .queryParam("size", 101)
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .queryParam("size", 1)
                .when()
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("size", equalTo(1));
    }

    @Test
    void the_platform_admin_changes_an_agency_with_the_version_they_read() {
        String number = charityNumber();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String changed = """
                {"name": "Family Recovery Trust South", "kind": "CHARITY", "charityNumber": "%s",
                 "serviceTypes": ["SUBSTANCE_USE", "DOMESTIC_ABUSE_PERPETRATOR_WORK"]}""".formatted(number);

        given().auth()
                .oauth2(councilStaff("c", "commissioner", WEST_SUSSEX))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("serviceTypes", hasItems("SUBSTANCE_USE", "DOMESTIC_ABUSE_PERPETRATOR_WORK"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("{\"name\": \"X\", \"kind\": \"CHARITY\", \"serviceTypes\": [\"GARDENING\"]}")
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(400);
    }

    @Test
    void a_councils_partnership_admin_cannot_change_an_agency_the_partnership_shares() {
        String number = charityNumber();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String inHouse = """
                {"name": "Family Recovery Trust", "kind": "IN_HOUSE", "council": "E10000025"}""";
        given().auth()
                .oauth2(councilStaff("ox-partnership-admin", "partnership-admin", "E10000025"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(inHouse)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .when()
                .get(AGENCIES + "/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("CHARITY"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void an_agencys_kind_is_fixed_even_for_the_platform_admin() {
        String number = charityNumber();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"name": "Family Recovery Trust", "kind": "IN_HOUSE", "council": "E10000025"}""")
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(422)
                .body("type", containsString("agency-kind-fixed"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"name": "Family Recovery Trust", "kind": "COMPANY", "companiesHouseNumber": "12345678"}""")
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(422)
                .body("type", containsString("agency-kind-fixed"));
    }

    @Test
    void an_agencys_own_provider_manager_changes_its_details_and_no_other_agencys() {
        String number = charityNumber();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(number))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String renamed = """
                {"name": "Family Recovery Trust (Sussex)", "kind": "CHARITY", "charityNumber": "%s"}""".formatted(number);
        given().auth()
                .oauth2(agencyStaff(
                        "other-pm", "provider-manager", UUID.randomUUID().toString()))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(renamed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(agencyStaff("own-pm", "provider-manager", id))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(renamed)
                .when()
                .put(AGENCIES + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Family Recovery Trust (Sussex)"));
    }

    @Test
    void an_in_house_team_names_its_council_and_a_partner_agency_names_none() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Clinical Psychology\", \"kind\": \"IN_HOUSE\"}")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(422)
                .body("type", containsString("in-house-council"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(charity(charityNumber()).replace("}", ", \"council\": \"E10000032\"}"))
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(422)
                .body("type", containsString("in-house-council"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Clinical Psychology\", \"kind\": \"IN_HOUSE\", \"council\": \"E10000999\"}")
                .when()
                .post(AGENCIES)
                .then()
                .statusCode(404);
    }
}
