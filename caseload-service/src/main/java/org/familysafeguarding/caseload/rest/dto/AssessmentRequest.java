package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The start of an assessment of a child, from a referral of that child when there was one. */
public record AssessmentRequest(@NotNull LocalDate startDate, UUID referralId) {

    /** A manager's authorisation, with the factors identified. */
    public record Authorisation(
            @NotNull LocalDate authorisationDate,

            @Schema(description = "CIN assessment-factor codes, e.g. 3B, 2B, 4B; [21] when none were identified")
            @NotNull
            @Size(min = 1, max = 45)
            List<@NotNull @CinCode("assessment-factor") String> factors) {}
}
