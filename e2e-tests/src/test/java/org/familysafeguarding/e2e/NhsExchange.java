package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import io.restassured.http.ContentType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * What the NHS side of the exchange needs in the end-to-end tests: fresh NHS numbers, a referral
 * resource, and a FHIR validator loaded with the UK Core profiles caseload-service ships
 * ({@code caseload-service/src/main/resources/fhir/uk-core}).
 */
final class NhsExchange {

    static final String FHIR = Stack.GATEWAY + "/api/caseload/v1/fhir";
    static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS_HEADER = "NHSD-End-User-Organisation-ODS";
    private static FhirValidator validator;

    private NhsExchange() {}

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
            if (check != 10) {
                return first + (check == 11 ? 0 : check);
            }
        }
    }

    /** A mental-health referral of the parent with this NHS number, in the shape of the project's example. */
    static String referral(String nhsNumber) {
        return """
                {"resourceType": "ServiceRequest",
                 "meta": {"profile": ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest"]},
                 "identifier": [{"system": "urn:example:trust:referral-id", "value": "E2E-%s"}],
                 "status": "active", "intent": "order",
                 "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "3457005", "display": "Patient referral"}]}],
                 "priority": "routine",
                 "code": {"text": "Adult mental health assessment - Family Safeguarding"},
                 "subject": {"identifier": {"system": "%s", "value": "%s"}},
                 "authoredOn": "2026-11-20T09:30:00+00:00",
                 "performer": [{"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RX2"}}],
                 "reasonCode": [{"text": "Low mood after the birth of the youngest child"}]}""".formatted(nhsNumber.substring(6), NHS_SYSTEM, nhsNumber);
    }

    /** A family of the council with a child and its mother, both with NHS numbers; returns {family, child, mother}. */
    static String[] family(String council, String childNhs, String motherNhs) {
        String sw = Stack.tokenFor(Stack.user("social-worker", council));
        String family = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Treloar family\"}")
                .when()
                .post(Stack.GATEWAY + "/api/caseload/v1/families")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String child = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Jory", "familyName": "Treloar", "dateOfBirth": "2020-04-11", "sex": "M", "ethnicity": "WBRI",
                 "disabilities": ["NONE"], "councilChildId": "%s", "nhsNumber": "%s"}""".formatted(
                        ("N" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 10), childNhs))
                .when()
                .post(Stack.GATEWAY + "/api/caseload/v1/families/" + family + "/children")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        String mother = given().auth()
                .oauth2(sw)
                .contentType(ContentType.JSON)
                .body("""
                {"givenName": "Demelza", "familyName": "Treloar", "dateOfBirth": "1992-02-14", "nhsNumber": "%s",
                 "relationships": [{"childId": "%s", "relationship": "MOTHER"}]}""".formatted(motherNhs, child))
                .when()
                .post(Stack.GATEWAY + "/api/caseload/v1/families/" + family + "/adults")
                .then()
                .statusCode(201)
                .extract()
                .path("record.id");
        return new String[] {family, child, mother};
    }

    /** Sends a referral of the parent as the NHS integration; answers the created id. */
    static String refer(String nhsNumber) {
        return given().auth()
                .oauth2(Stack.serviceToken("nhs-integration"))
                .header(ODS_HEADER, "RX2")
                .contentType("application/fhir+json")
                .body(referral(nhsNumber))
                .when()
                .post(FHIR + "/ServiceRequest")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The UK Core errors in a FHIR resource; none expected. */
    static List<String> ukCoreErrors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
    }

    static void assertValidUkCore(String json) {
        assertThat(ukCoreErrors(json)).as(json).isEmpty();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = FhirContext.forR4();
            Path ukCore = Path.of(
                    System.getProperty("stack.root", ".."),
                    "caseload-service",
                    "src",
                    "main",
                    "resources",
                    "fhir",
                    "uk-core");
            var definitions = new PrePopulatedValidationSupport(context);
            try {
                for (String name : Files.readAllLines(ukCore.resolve("index.txt"))) {
                    if (!name.isBlank() && !name.startsWith("#")) {
                        definitions.addResource(
                                context.newXmlParser().parseResource(Files.readString(ukCore.resolve(name.strip()))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    definitions,
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            validator = context.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }
}
