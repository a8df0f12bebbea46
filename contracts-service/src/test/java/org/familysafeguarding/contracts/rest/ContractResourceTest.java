package org.familysafeguarding.contracts.rest;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.contracts.support.Api.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Agencies;
import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ContractResourceTest {

    @Inject
    Councils councils;

    @Inject
    Agencies agencies;

    @Test
    void a_planned_contract_has_a_pro_rata_profile_a_lifetime_and_a_maximum_value() {
        String council = councils.known();
        asCouncil("commissioner", council)
                .body(contract(council, null))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("PLANNED"))
                .body("term.latestPossibleEnd", equalTo("2032-03-31"))
                .body("money.profile.financialYear", hasItems("2025-26", "2026-27", "2027-28"))
                .body("money.lifetimeValue", equalTo(900000.00f))
                .body("money.maximumValue", equalTo(2100000.00f));
    }

    @Test
    void only_the_councils_staff_and_the_providers_managers_see_a_contract() {
        String council = councils.known();
        UUID provider = agencies.known();
        String id = plan(council, provider);

        asCouncil("analyst", council).when().get(CONTRACTS + "/" + id).then().statusCode(200);
        asAgency("provider-manager", provider)
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .statusCode(200);
        asAgency("provider-manager", UUID.randomUUID())
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .statusCode(404);
        asCouncil("commissioner", councils.known())
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asCouncil("social-worker", council)
                .when()
                .get(CONTRACTS + "/" + id)
                .then()
                .statusCode(403);
        given().when().get(CONTRACTS + "/" + id).then().statusCode(401);

        asAgency("provider-manager", provider)
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.agencyId", everyItem(equalTo(provider.toString())));
        asCouncil("analyst", council)
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .body("items.council", everyItem(equalTo(council)));
    }

    @Test
    void only_a_commissioner_of_the_council_plans_or_changes_its_contracts() {
        String council = councils.known();
        asCouncil("analyst", council)
                .body(contract(council, null))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(403);
        asCouncil("commissioner", councils.known())
                .body(contract(council, null))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(404);
        String id = plan(council, null);
        asCouncil("commissioner", councils.known())
                .header("If-Match", "\"0\"")
                .body(contract(council, null))
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(404);
        asAgency("provider-manager", UUID.randomUUID())
                .header("If-Match", "\"0\"")
                .body(contract(council, null))
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void a_change_needs_the_current_version() {
        String council = councils.known();
        String id = plan(council, null);
        asCouncil("commissioner", council)
                .body(contract(council, null))
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(428);
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(contract(council, null))
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(contract(council, null))
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void the_profile_can_ramp_up_and_funding_must_add_up_to_the_year() {
        String council = councils.known();
        String id = plan(council, null);
        String notAddingUp = """
                {"years": [
                  {"financialYear": "2025-26", "amount": 150000.00,
                   "funding": [{"source": "DfE grant", "amount": 100000.00}, {"source": "Base budget", "amount": 40000.00}]},
                  {"financialYear": "2026-27", "amount": 300000.00},
                  {"financialYear": "2027-28", "amount": 450000.00}]}""";
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(notAddingUp)
                .when()
                .put(CONTRACTS + "/" + id + "/profile")
                .then()
                .statusCode(422)
                .body("detail", containsString("2025-26"));
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(notAddingUp.replace("40000.00", "50000.00"))
                .when()
                .put(CONTRACTS + "/" + id + "/profile")
                .then()
                .statusCode(200)
                .body("money.lifetimeValue", equalTo(900000.00f))
                .body("money.profile[0].amount", equalTo(150000.00f))
                .body("money.profile[0].funding.source", hasItems("DfE grant", "Base budget"));
    }

    @Test
    void invalid_contracts_are_refused_naming_each_field_or_rule() {
        String council = councils.known();
        asCouncil("commissioner", council)
                .body("""
                {"council": "%s", "title": "", "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES",
                 "term": {"start": "2025-04-01", "extensionOptionMonths": [0]}, "annualValue": -5,
                 "vatBasis": "VAT_EXEMPT"}""".formatted(council))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("title", "term.initialEnd", "term.mobilisationDays", "annualValue", "services"));
        asCouncil("commissioner", council)
                .body(contract(council, UUID.randomUUID()))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(422)
                .body("detail", containsString("not a partner agency known here"));
        asCouncil("commissioner", council)
                .body(contract(council, null).replace("\"2028-03-31\"", "\"2024-03-31\""))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(422);
    }

    @Test
    void a_contract_names_the_partner_services_it_buys_and_refuses_an_empty_or_unknown_one() {
        String council = councils.known();
        String id = asCouncil("commissioner", council)
                .body(contract(council, null))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(201)
                .body("services", contains("DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT", "DOMESTIC_ABUSE_PERPETRATOR_WORK"))
                .extract()
                .path("id");
        String substanceUse = contract(council, null)
                .replace(
                        "[\"DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT\", \"DOMESTIC_ABUSE_PERPETRATOR_WORK\"]",
                        "[\"SUBSTANCE_USE\"]");
        asCouncil("commissioner", council)
                .header("If-Match", "\"0\"")
                .body(substanceUse)
                .when()
                .put(CONTRACTS + "/" + id)
                .then()
                .statusCode(200)
                .body("services", contains("SUBSTANCE_USE"));
        asCouncil("commissioner", council)
                .body(substanceUse.replace("[\"SUBSTANCE_USE\"]", "[]"))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("services"));
        asCouncil("commissioner", council)
                .body(substanceUse.replace("SUBSTANCE_USE", "GARDENING"))
                .when()
                .post(CONTRACTS)
                .then()
                .statusCode(400);
    }

    @Test
    void lists_filter_by_state_and_refuse_an_unknown_one() {
        String council = councils.known();
        plan(council, null);
        asCouncil("commissioner", council)
                .queryParam("state", "PLANNED")
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        asCouncil("commissioner", council)
                .queryParam("state", "LIVE")
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        asCouncil("commissioner", council)
                .queryParam("state", "GONE")
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(400);
        asCouncil("commissioner", council)
                .queryParam("size", 101)
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(400);
    }
}
