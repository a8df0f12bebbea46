package org.familysafeguarding.caseload.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.fhir.NhsFixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.familysafeguarding.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ServiceRequestResourceTest {

    @Inject
    UkCoreValidator validator;

    /** The project's example referral, naming the parent by NHS number in subject.identifier. */
    static String referral(String nhsNumber) throws Exception {
        return Files.readString(Path.of("src/test/resources/fhir/examples/servicerequest-referral.json"))
                .replace(
                        "\"subject\": { \"reference\": \"Patient/parent-1\" }",
                        "\"subject\": { \"reference\": \"Patient/parent-1\", \"identifier\": { \"system\": \""
                                + NHS_SYSTEM + "\", \"value\": \"" + nhsNumber + "\" } }");
    }

    ExtractableResponse<Response> send(String body, String key, int status) {
        var request = given().auth()
                .oauth2(nhsIntegration())
                .header(NhsRequesters.ODS_HEADER, "RX2")
                .contentType("application/fhir+json")
                .body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        var response = request.when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .extract();
        assertValidUkCore(response.asString());
        return response;
    }

    void assertValidUkCore(String body) {
        assertValid(validator, body);
    }

    /** A parent of a new family of the council, with the NHS number; returns {familyId, adultId}. */
    static String[] parent(String council, String nhsNumber) {
        String sw = socialWorker(council);
        String family = family(sw);
        String child = child(sw, family, nhsNumber());
        return new String[] {family, adult(sw, family, nhsNumber, child, "MOTHER")};
    }

    @Test
    void a_referral_of_a_known_parent_waits_for_allocation_and_the_councils_staff_see_it() throws Exception {
        String nhs = nhsNumber();
        String[] parent = parent(COUNCIL, nhs);
        var created = send(referral(nhs), null, 201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/caseload/v1/fhir/ServiceRequest/" + id);
        assertThat((String) created.path("resourceType")).isEqualTo("ServiceRequest");

        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/nhs-referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(admin(COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals/" + id)
                .then()
                .statusCode(200)
                .body("adultId", equalTo(parent[1]))
                .body("familyId", equalTo(parent[0]))
                .body("status", equalTo("AWAITING_ALLOCATION"))
                .body("priority", equalTo("urgent"))
                .body("senderOdsCode", equalTo("RX2"))
                .body("senderReference", equalTo("urn:example:la:fs-referral-id|FSR-000123"))
                .body("requested", equalTo("Adult mental health assessment - Family Safeguarding"))
                .body("reasons", contains("Parental mental health concern affecting child safety"));
        given().auth()
                .oauth2(nhsIntegration())
                .when()
                .get(FHIR + "/ServiceRequest/" + id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/fhir+json"))
                .body("id", equalTo(id));
    }

    @Test
    void a_referral_naming_the_parent_in_a_contained_patient_is_matched_and_published_without_personal_data()
            throws Exception {
        String nhs = nhsNumber();
        String[] parent = parent(COUNCIL, nhs);
        String body = referral(nhs)
                .replace(
                        "\"subject\": { \"reference\": \"Patient/parent-1\", \"identifier\": { \"system\": \""
                                + NHS_SYSTEM + "\", \"value\": \"" + nhs + "\" } }",
                        "\"subject\": { \"reference\": \"#parent\" }")
                .replace(
                        "\"identifier\": [ { \"system\": \"urn:example:la:fs-referral-id\"",
                        "\"contained\": [ { \"resourceType\": \"Patient\", \"id\": \"parent\", \"identifier\": [ { \"system\": \""
                                + NHS_SYSTEM + "\", \"value\": \"" + nhs
                                + "\" } ] } ],\n  \"identifier\": [ { \"system\": \"urn:example:la:fs-referral-id\"");
        assertThat(body).contains("#parent");
        String id = send(body, null, 201).path("id");
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals/" + id)
                .then()
                .statusCode(200)
                .body("adultId", equalTo(parent[1]));

        ConsumerRecord<String, String> published = TestKafka.recordsWithKey(
                        "caseload.events", id, Duration.ofSeconds(20), 1)
                .getFirst();
        assertThat(new String(published.headers().lastHeader("ce_type").value()))
                .isEqualTo("org.familysafeguarding.caseload.nhs-referral-received.v1");
        assertThat(published.value())
                .doesNotContain(nhs)
                .doesNotContain(parent[1])
                .doesNotContain("mental health");
        var json = new ObjectMapper();
        assertThat(names(json.readTree(published.value())))
                .isEqualTo(names(json.readTree(EventCatalogue.example("caseload", "nhs-referral-received.v1"))));
        EventCatalogue.of("caseload").assertConforms(published);
    }

    @Test
    void the_same_idempotency_key_answers_the_first_referral_and_refuses_a_different_one() throws Exception {
        String nhs = nhsNumber();
        parent(COUNCIL, nhs);
        String key = "trust-msg-" + UUID.randomUUID();
        String first = send(referral(nhs), key, 201).path("id");
        String again = send(referral(nhs), key, 201).path("id");
        assertThat(again).isEqualTo(first);
        send(referral(nhs).replace("\"urgent\"", "\"routine\""), key, 422);
        send(referral(nhs), "bad key with spaces", 400);
    }

    @Test
    void invalid_resources_get_an_operation_outcome_saying_why_and_nothing_is_kept() throws Exception {
        String nhs = nhsNumber();
        parent(COUNCIL, nhs);
        send("{not json", null, 400);
        send("", null, 400);
        send("{\"resourceType\": \"Patient\", \"id\": \"p\"}", null, 400);
        send(referral(nhs).replace("\"priority\"", "\"urgency\""), null, 400);
        send(referral(nhs).replace("\"intent\": \"order\",", ""), null, 422).path("issue[0].diagnostics");
        given().auth()
                .oauth2(nhsIntegration())
                .contentType("application/fhir+json")
                .body(referral(nhs).replace("\"status\": \"active\"", "\"status\": \"pending\""))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(400)
                .body("issue.diagnostics.toString()", containsString("pending"));
        given().auth()
                .oauth2(nhsIntegration())
                .contentType("application/fhir+json")
                .body(referral(nhs)
                        .replace(
                                "\"authoredOn\": \"2025-01-11T09:30:00+00:00\"",
                                "\"authoredOn\": \"2025-01-11T09:30:00\""))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .body("resourceType", equalTo("OperationOutcome"));
        send(
                referral(nhs)
                        .replace(
                                ", \"identifier\": { \"system\": \"" + NHS_SYSTEM + "\", \"value\": \"" + nhs + "\" }",
                                ""),
                null,
                422);
        send(referral(failingModulus11(nhs)), null, 422);
        send(referral(nhsNumber()), null, 422).path("issue[0].code").equals("not-found");
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/nhs-referrals")
                .then()
                .statusCode(200)
                .body("items.senderReference", not(hasItem(endsWith("pending"))));
    }

    @Test
    void a_referral_with_text_no_reader_can_show_gets_an_operation_outcome_naming_where_and_nothing_is_kept()
            throws Exception {
        String nhs = nhsNumber();
        parent(COUNCIL, nhs);
        int before = given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        String concern = "Parental mental health concern affecting child safety";
        for (String hostile : new String[] {"\\u0000", "\\ud800", "\\u0085", "\\uffff"}) {
            var outcome = send(referral(nhs).replace(concern, "Parental" + hostile + " concern"), null, 400);
            assertThat(outcome.<String>path("issue[0].diagnostics")).contains("U+");
            assertThat(outcome.<List<String>>path("issue[0].expression")).contains("ServiceRequest.reasonCode[0].text");
        }
        send(referral(nhs).replace("\"priority\"", "\"priority\": \"routine\", \"priority\""), null, 400);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(before));
    }

    @Test
    void only_the_nhs_integration_sends_and_only_the_familys_council_reads() throws Exception {
        String nhs = nhsNumber();
        parent(COUNCIL, nhs);
        for (String token : java.util.List.of(
                socialWorker(COUNCIL), admin(COUNCIL), TestTokens.councilStaff("pr", "practitioner", COUNCIL))) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/fhir+json")
                    .body(referral(nhs))
                    .when()
                    .post(FHIR + "/ServiceRequest")
                    .then()
                    .statusCode(403);
        }
        String id = send(referral(nhs), null, 201).path("id");
        given().auth()
                .oauth2(socialWorker(OTHER_COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin(OTHER_COUNCIL))
                .queryParam("size", 100)
                .when()
                .get(BASE + "/nhs-referrals")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(TestTokens.councilStaff("an", "analyst", COUNCIL))
                .when()
                .get(BASE + "/nhs-referrals/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(nhsIntegration())
                .when()
                .get(BASE + "/nhs-referrals/" + id)
                .then()
                .statusCode(403);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
