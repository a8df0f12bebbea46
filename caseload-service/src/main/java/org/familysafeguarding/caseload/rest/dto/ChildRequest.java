package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.identifier.UniquePupilNumber;

/** A child of a family, coded as the CIN census codes children. */
public record ChildRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,

        @Schema(description = "Date of birth; leave out for an unborn child")
        LocalDate dateOfBirth,

        @Schema(description = "Expected date of birth of an unborn child")
        LocalDate expectedDateOfBirth,

        @Schema(description = "CIN census sex code: M, F or U") @NotNull @CinCode("sex")
        String sex,

        @Schema(description = "CIN census ethnicity code, e.g. WBRI; NOBT when not yet obtained")
        @NotNull
        @CinCode("ethnicity")
        String ethnicity,

        @Schema(description = "CIN census disability codes, or [NONE]") @Size(max = 13)
        List<@NotNull @CinCode("disability") String> disabilities,

        @Schema(description = "Unique Pupil Number, check letter first") @ValidUpn
        String upn,

        @ValidNhsNumber String nhsNumber,

        @Schema(description = "The council's own id of the child (LAchildID)")
        @NotBlank
        @Size(max = 10)
        @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "letters, digits and hyphens only")
        String councilChildId) {

    public Child.Details toDetails() {
        return new Child.Details(
                new PersonName(givenName, familyName),
                dateOfBirth,
                expectedDateOfBirth,
                sex,
                ethnicity,
                disabilities == null ? null : new HashSet<>(disabilities),
                UniquePupilNumber.ofNullable(upn),
                NhsNumber.ofNullable(nhsNumber),
                councilChildId);
    }
}
