package org.familysafeguarding.caseload.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.FlagKind;
import org.familysafeguarding.caseload.domain.nhs.SafeguardingFlag;
import org.familysafeguarding.caseload.service.NhsFlagLookup.Disclosure;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;

/** What the FHIR endpoints build validates against UK Core, and what UK Core refuses is refused. */
class UkCoreValidationTest {

    static UkCoreValidator validator;
    static FhirJson json;

    @BeforeAll
    static void load() {
        FhirContext context = FhirContext.forR4();
        validator = new UkCoreValidator(context);
        json = new FhirJson(context);
    }

    static List<String> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
    }

    @Test
    void a_bundle_of_each_kind_of_flag_with_the_councils_numbers_is_valid_uk_core() {
        var disclosures = List.of(
                disclosure(FlagKind.CHILD_PROTECTION_PLAN, "01403 229900", "0330 222 6664"),
                disclosure(FlagKind.LOOKED_AFTER, "01403 229900", null),
                disclosure(FlagKind.UNBORN_CHILD_PROTECTION_PLAN, null, null));
        var bundle = FlagBundles.searchset(
                disclosures,
                "https://platform.example/api/caseload/v1/fhir",
                "https://platform.example/api/caseload/v1/fhir/Flag?x=y",
                Instant.now());
        String text = json.write(bundle);
        ValidationResult result = validator.validate(text);
        result.getMessages()
                .forEach(m -> System.out.println(m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage()));
        assertThat(errors(result)).isEmpty();
        assertThat(text)
                .contains("0330 222 6664")
                .contains("unborn-child-protection-plan")
                .doesNotContain("given");
    }

    @Test
    void an_empty_searchset_and_an_operation_outcome_are_valid_uk_core() {
        var empty = FlagBundles.searchset(
                List.of(), "https://platform.example/fhir", "https://platform.example/fhir/Flag", Instant.now());
        assertThat(errors(validator.validate(json.write(empty)))).isEmpty();
        var outcome = Outcomes.of(List.of(new Outcomes.Issue(IssueType.INVALID, "ServiceRequest.subject", "wrong")));
        assertThat(errors(validator.validate(json.write(outcome)))).isEmpty();
    }

    @Test
    void the_projects_own_examples_are_valid_and_a_broken_service_request_is_not() throws IOException {
        for (String example : List.of("flag-safeguarding.json", "servicerequest-referral.json", "patient-child.json")) {
            assertThat(errors(validator.validate(Files.readString(examples().resolve(example)))))
                    .as(example)
                    .isEmpty();
        }
        String broken = Files.readString(examples().resolve("servicerequest-referral.json"))
                .replace("\"status\": \"active\"", "\"status\": \"pending\"")
                .replace("\"intent\": \"order\",", "");
        assertThat(errors(validator.validate(broken))).hasSizeGreaterThanOrEqualTo(2);
    }

    static Path examples() {
        return Path.of("src/test/resources/fhir/examples");
    }

    private static Disclosure disclosure(FlagKind kind, String inHours, String outOfHours) {
        var flag = new SafeguardingFlag(
                kind,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "E10000032",
                "9990000018",
                LocalDate.of(2025, 1, 10));
        return new Disclosure(flag, "West Sussex County Council", inHours, outOfHours);
    }
}
