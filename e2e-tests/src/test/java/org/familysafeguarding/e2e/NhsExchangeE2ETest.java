package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.e2e.NhsExchange.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The NHS exchange through the gateway with the NHS integration's real service-account token: a
 * CP-IS-style look-up of a child the test put on a child protection plan, which the council then
 * sees as an access notification; and a referral of a parent sent in as a UK Core ServiceRequest.
 */
class NhsExchangeE2ETest {

    static final String OWN = TenantFixtures.OWN_COUNCIL;
    static final String OTHER = TenantFixtures.OTHER_COUNCIL;

    @Test
    void nhs_unscheduled_care_finds_a_child_protection_plan_by_nhs_number_and_the_council_sees_who_looked() {
        String childNhs = nhsNumber();
        String[] family = family(OWN, childNhs, nhsNumber());
        String sw = Stack.tokenFor(Stack.user("social-worker", OWN));
        given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"CHILD_PROTECTION\", \"startDate\": \"%s\", \"categoryOfAbuse\": \"EMO\"}"
                        .formatted(LocalDate.now().minusDays(14)))
                .when()
                .post(Stack.GATEWAY + "/api/caseload/v1/children/" + family[1] + "/plans")
                .then()
                .statusCode(201);

        String urid = String.valueOf(100000000000L + Math.floorMod(System.nanoTime(), 899999999999L));
        String bundle = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .header(ODS_HEADER, "RYJ")
                .header("NHSD-Session-URID", urid)
                .accept("application/fhir+json")
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + childNhs)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/fhir+json"))
                .extract()
                .asString();
        assertValidUkCore(bundle);
        JsonPath found = JsonPath.from(bundle);
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getList("entry[0].resource.code.coding.code", String.class))
                .contains("child-protection-plan");
        assertThat(found.getString("entry[0].resource.subject.identifier.value"))
                .isEqualTo(childNhs);
        // the council's numbers come from partners-service's council events
        assertThat(found.getList("entry[0].resource.contained[0].contact.telecom.value.flatten()", String.class))
                .hasSize(2);
        assertThat(bundle).doesNotContain("Jory").doesNotContain("Treloar").doesNotContain("EMO");

        given().auth()
                .oauth2(sw)
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/children/" + family[1] + "/access-notifications")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].odsCode", equalTo("RYJ"))
                .body("items[0].system", equalTo("nhs-integration"))
                .body("items[0].endUser", equalTo(urid))
                .body("items[0].flags", equalTo(List.of("CHILD_PROTECTION_PLAN")));
        given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", OWN)))
                .queryParam("size", 100)
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/access-notifications")
                .then()
                .statusCode(200)
                .body("items.childId", hasItem(family[1]));
        given().auth()
                .oauth2(Stack.tokenFor(Stack.user("social-worker", OTHER)))
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/children/" + family[1] + "/access-notifications")
                .then()
                .statusCode(404);
    }

    @Test
    void a_child_with_no_plan_gives_an_empty_bundle_and_a_bad_nhs_number_an_operation_outcome() {
        String childNhs = nhsNumber();
        family(OWN, childNhs, nhsNumber());
        String empty = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + childNhs)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertValidUkCore(empty);
        assertThat(JsonPath.from(empty).getInt("total")).isZero();
        String wrongCheck =
                childNhs.substring(0, 9) + (childNhs.charAt(9) == '9' ? '0' : (char) (childNhs.charAt(9) + 1));
        String outcome = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + wrongCheck)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .extract()
                .asString();
        assertValidUkCore(outcome);
        given().auth()
                .oauth2(Stack.tokenFor(Stack.user("social-worker", OWN)))
                .queryParam("patient:identifier", NHS_SYSTEM + "|" + childNhs)
                .when()
                .get(FHIR + "/Flag")
                .then()
                .statusCode(403);
    }

    @Test
    void a_trust_refers_a_parent_who_then_waits_for_allocation_in_the_councils_list() {
        String motherNhs = nhsNumber();
        String[] family = family(OWN, nhsNumber(), motherNhs);
        String key = "e2e-" + UUID.randomUUID();
        var created = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .header(ODS_HEADER, "RX2")
                .header("Idempotency-Key", key)
                .contentType("application/fhir+json")
                .body(referral(motherNhs))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(201)
                .contentType(startsWith("application/fhir+json"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/caseload/v1/fhir/ServiceRequest/" + id);
        assertValidUkCore(created.asString());
        String again = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .header(ODS_HEADER, "RX2")
                .header("Idempotency-Key", key)
                .contentType("application/fhir+json")
                .body(referral(motherNhs))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(again).isEqualTo(id);

        String sw = Stack.tokenFor(Stack.user("social-worker", OWN));
        given().auth()
                .oauth2(sw)
                .queryParam("size", 100)
                .queryParam("status", "AWAITING_ALLOCATION")
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/nhs-referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(sw)
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/nhs-referrals/" + id)
                .then()
                .statusCode(200)
                .body("adultId", equalTo(family[2]))
                .body("senderOdsCode", equalTo("RX2"))
                .body("reasons[0]", equalTo("Low mood after the birth of the youngest child"));
        given().auth()
                .oauth2(Stack.tokenFor(Stack.user("social-worker", OTHER)))
                .when()
                .get(Stack.GATEWAY + "/api/caseload/v1/nhs-referrals/" + id)
                .then()
                .statusCode(404);

        String unknown = given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .header(ODS_HEADER, "RX2")
                .contentType("application/fhir+json")
                .body(referral(nhsNumber()))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertValidUkCore(unknown);
    }
}
