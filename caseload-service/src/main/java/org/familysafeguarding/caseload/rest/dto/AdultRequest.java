package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.ChildRelationship;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.familysafeguarding.caseload.domain.family.Relationship;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;

/** An adult of a family and what they are to each of its children. */
public record AdultRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Past LocalDate dateOfBirth,
        @ValidNhsNumber String nhsNumber,

        @Schema(description = "Probation Case Reference Number: one letter and six digits, e.g. X123456")
        @Pattern(
                regexp = ProbationCaseReference.PATTERN,
                message = "must be a probation CRN: one letter and six digits")
        String crn,

        @Size(max = 30) List<@NotNull @Valid ToChild> relationships) {

    public record ToChild(@NotNull UUID childId, @NotNull Relationship relationship) {}

    public Adult.Details toDetails() {
        return new Adult.Details(
                new PersonName(givenName, familyName),
                dateOfBirth,
                NhsNumber.ofNullable(nhsNumber),
                ProbationCaseReference.ofNullable(crn),
                relationships == null
                        ? List.of()
                        : relationships.stream()
                                .map(r -> new ChildRelationship(r.childId(), r.relationship()))
                                .toList());
    }
}
