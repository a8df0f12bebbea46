package org.familysafeguarding.caseload.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.familysafeguarding.caseload.rest.fhir.NhsFixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.familysafeguarding.caseload.readmodel.PartnershipDirectory;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class FlagLookupResourceTest {

    @Inject
    UkCoreValidator validator;

    @Inject
    PartnershipDirectory partnership;

    @BeforeEach
    void councils() {
        councilWithNumbers(partnership, COUNCIL);
    }

    ValidatableResponse lookUp(String nhsNumber, int status) {
        String body = given().auth()
                .oauth2(nhsIntegration())
                .header(NhsRequesters.ODS_HEADER, "RX2")
                .header(NhsRequesters.END_USER_HEADER, "555123456789")
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + nhsNumber)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .extract()
                .asString();
        assertValid(validator, body);
        return given().auth()
                .oauth2(nhsIntegration())
                .header(NhsRequesters.ODS_HEADER, "RX2")
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + nhsNumber)
                .when()
                .get(FHIR + "/Flag")
                .then();
    }

    @Test
    void a_child_on_a_protection_plan_is_flagged_with_the_councils_numbers_and_the_council_sees_who_looked() {
        String sw = socialWorker(COUNCIL);
        String nhs = nhsNumber();
        String child = child(sw, family(sw), nhs);
        plan(
                sw,
                child,
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"%s\", \"categoryOfAbuse\": \"NEG\"}"
                        .formatted(LocalDate.now().minusDays(30)));

        lookUp(nhs, 200)
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("total", equalTo(1))
                .body("entry[0].resource.resourceType", equalTo("Flag"))
                .body("entry[0].resource.status", equalTo("active"))
                .body("entry[0].resource.subject.identifier.value", equalTo(nhs))
                .body(
                        "entry[0].resource.period.start",
                        equalTo(LocalDate.now().minusDays(30).toString()))
                .body("entry[0].resource.code.coding.code", contains("1064311000000109", "child-protection-plan"))
                .body(
                        "entry[0].resource.contained[0].contact.telecom.value.flatten()",
                        contains(IN_HOURS, OUT_OF_HOURS))
                .body(not(containsString("Tamsin")))
                .body(not(containsString("Pendleford")))
                .body(not(containsString("NEG")));

        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/children/" + child + "/access-notifications")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.odsCode", contains("RX2", "RX2"))
                .body("items.system", contains("nhs-integration", "nhs-integration"))
                .body("items.endUser", containsInAnyOrder("555123456789", null))
                .body("items[0].flags", contains("CHILD_PROTECTION_PLAN"));
        given().auth()
                .oauth2(admin(COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/access-notifications")
                .then()
                .statusCode(200)
                .body("items.childId", org.hamcrest.Matchers.hasItem(child));
    }

    @Test
    void another_councils_staff_neither_read_nor_list_the_notifications() {
        String sw = socialWorker(COUNCIL);
        String nhs = nhsNumber();
        String child = child(sw, family(sw), nhs);
        plan(
                sw,
                child,
                "{\"kind\": \"LOOKED_AFTER\", \"startDate\": \"%s\", \"legalStatus\": \"C2\"}"
                        .formatted(LocalDate.now().minusDays(3)));
        lookUp(nhs, 200).body("total", equalTo(1)).body("entry[0].resource.code.coding.code", contains("looked-after"));

        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .when()
                .get(BASE + "/children/" + child + "/access-notifications")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin(OTHER_COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/access-notifications")
                .then()
                .statusCode(200)
                .body("items.childId", not(org.hamcrest.Matchers.hasItem(child)));
        given().auth()
                .oauth2(org.familysafeguarding.platform.testing.TestTokens.councilStaff("an", "analyst", COUNCIL))
                .when()
                .get(BASE + "/children/" + child + "/access-notifications")
                .then()
                .statusCode(403);
    }

    @Test
    void ended_plans_and_child_in_need_plans_are_not_flagged_and_an_unknown_number_gives_an_empty_bundle() {
        String sw = socialWorker(COUNCIL);
        String nhs = nhsNumber();
        String child = child(sw, family(sw), nhs);
        plan(sw, child, """
                {"kind": "CHILD_PROTECTION", "startDate": "2023-01-10", "categoryOfAbuse": "EMO",
                 "endDate": "%s"}""".formatted(LocalDate.now()));
        plan(sw, child, "{\"kind\": \"CHILD_IN_NEED\", \"startDate\": \"2024-01-10\"}");
        lookUp(nhs, 200).body("total", equalTo(0)).body("entry", equalTo(null));
        lookUp(nhsNumber(), 200).body("total", equalTo(0));
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/children/" + child + "/access-notifications")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void an_unborn_childs_protection_plan_is_found_by_the_mothers_nhs_number() {
        String sw = socialWorker(COUNCIL);
        String family = family(sw);
        String unborn = unbornChild(sw, family);
        String mother = nhsNumber();
        adult(sw, family, mother, unborn, "MOTHER");
        plan(
                sw,
                unborn,
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"%s\", \"categoryOfAbuse\": \"PHY\"}"
                        .formatted(LocalDate.now().minusDays(1)));
        lookUp(mother, 200)
                .body("total", equalTo(1))
                .body("entry[0].resource.code.coding.code", contains("unborn-child-protection-plan"))
                .body("entry[0].resource.subject.identifier.value", equalTo(mother));
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/children/" + unborn + "/access-notifications")
                .then()
                .statusCode(200)
                .body("items[0].flags", contains("UNBORN_CHILD_PROTECTION_PLAN"));
    }

    @Test
    void a_malformed_or_modulus_11_failing_nhs_number_is_a_400_operation_outcome() {
        String nhs = nhsNumber();
        for (String bad : List.of(
                NHS_SYSTEM + "|" + failingModulus11(nhs),
                NHS_SYSTEM + "|12345",
                NHS_SYSTEM + "|99900000AB",
                "https://example.org/other|" + nhs,
                nhs,
                "")) {
            String body = given().auth()
                    .oauth2(nhsIntegration())
                    .queryParam("patient:identifier", bad)
                    .when()
                    .get(FHIR + "/Flag")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].severity", equalTo("error"))
                    .extract()
                    .asString();
            assertValid(validator, body);
        }
        given().auth()
                .oauth2(nhsIntegration())
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth()
                .oauth2(nhsIntegration())
                .header(NhsRequesters.ODS_HEADER, "not an ods code")
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + nhs)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(400)
                .body("issue[0].diagnostics", containsString("ODS"));
    }

    @Test
    void only_the_nhs_integration_may_look_up() {
        String sw = socialWorker(COUNCIL);
        String nhs = nhsNumber();
        plan(
                sw,
                child(sw, family(sw), nhs),
                "{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"%s\", \"categoryOfAbuse\": \"NEG\"}"
                        .formatted(LocalDate.now().minusDays(2)));
        for (String token : List.of(
                sw,
                admin(COUNCIL),
                org.familysafeguarding.platform.testing.TestTokens.councilStaff("au", "auditor", COUNCIL))) {
            given().auth()
                    .oauth2(token)
                    .queryParam("patient:identifier", NHS_SYSTEM + "|" + nhs)
                    .when()
                    .get(FHIR + "/Flag")
                    .then()
                    .statusCode(403);
        }
        given().queryParam("patient:identifier", NHS_SYSTEM + "|" + nhs)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(401);
    }
}
