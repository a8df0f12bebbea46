package org.familysafeguarding.caseload.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.familysafeguarding.caseload.messaging.inbound.CouncilState;
import org.familysafeguarding.caseload.readmodel.PartnershipDirectory;
import org.familysafeguarding.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import ca.uhn.fhir.validation.ResultSeverityEnum;

/** Invented families, NHS numbers and the NHS integration's token for the FHIR endpoint tests. */
final class NhsFixtures {

    static final String BASE = "/api/caseload/v1";
    static final String FHIR = BASE + "/fhir";
    static final String COUNCIL = "E10000032";
    static final String OTHER_COUNCIL = "E10000025";
    static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String IN_HOURS = "01403 229900";
    static final String OUT_OF_HOURS = "0330 222 6664";

    private NhsFixtures() {}

    /** The NHS integration's service-account token; its ods_code names the organisation that runs it. */
    static String nhsIntegration() {
        return Jwt.preferredUserName("service-account-nhs-integration")
                .subject("nhs-integration-sa")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("azp", "nhs-integration")
                .claim("ods_code", "X26")
                .claim("realm_access", Map.of("roles", List.of("nhs-integration")))
                .expiresIn(300)
                .sign();
    }

    static String socialWorker(String council) {
        return TestTokens.councilStaff("sw-" + council, "social-worker", council);
    }

    static String admin(String council) {
        return TestTokens.councilStaff("pa-" + council, "partnership-admin", council);
    }

    /** A fresh, valid NHS number in the 999 range kept for testing. */
    static String nhsNumber() {
        while (true) {
            String first =
                    "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first + check;
            }
        }
    }

    /** The same number with its check digit wrong. */
    static String failingModulus11(String nhsNumber) {
        char last = nhsNumber.charAt(9);
        return nhsNumber.substring(0, 9) + (last == '9' ? '0' : (char) (last + 1));
    }

    static void councilWithNumbers(PartnershipDirectory partnership, String council) {
        QuarkusTransaction.requiringNew()
                .run(() -> partnership.record(new CouncilState(
                        council,
                        "Council " + council,
                        "938",
                        null,
                        IN_HOURS,
                        OUT_OF_HOURS,
                        List.of(),
                        Instant.now(),
                        null)));
    }

    static String family(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Pendleford family\"}")
                .when()
                .post(BASE + "/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String child(String token, String family, String nhsNumber) {
        String id = ("C" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 10);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Tamsin", "familyName": "Pendleford", "dateOfBirth": "2019-03-02", "sex": "F",
                 "ethnicity": "WBRI", "disabilities": ["NONE"], "councilChildId": "%s", "nhsNumber": "%s"}""".formatted(id, nhsNumber))
                .when()
                .post(BASE + "/families/" + family + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static String unbornChild(String token, String family) {
        String id = ("U" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 10);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Baby", "familyName": "Pendleford", "expectedDateOfBirth": "%s", "sex": "U",
                 "ethnicity": "NOBT", "disabilities": ["NONE"], "councilChildId": "%s"}""".formatted(java.time.LocalDate.now().plusMonths(3), id))
                .when()
                .post(BASE + "/families/" + family + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static String adult(String token, String family, String nhsNumber, String childId, String relationship) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Morwenna", "familyName": "Pendleford", "dateOfBirth": "1994-07-08", "nhsNumber": "%s",
                 "relationships": [{"childId": "%s", "relationship": "%s"}]}""".formatted(nhsNumber, childId, relationship))
                .when()
                .post(BASE + "/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
    }

    static void plan(String token, String child, String json) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(BASE + "/children/" + child + "/plans")
                .then()
                .statusCode(201);
    }

    /** No UK Core error in what the service answered. */
    static void assertValid(UkCoreValidator validator, String fhirJson) {
        var errors = validator.validate(fhirJson).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        assertThat(errors).as(fhirJson).isEmpty();
    }
}
