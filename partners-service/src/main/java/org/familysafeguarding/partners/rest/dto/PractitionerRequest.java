package org.familysafeguarding.partners.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.workforce.Practitioner;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;
import org.familysafeguarding.partners.domain.workforce.RegistrationBody;

@Schema(name = "PractitionerDetails")
public record PractitionerRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull PractitionerRole role,

        @NotNull
        @DecimalMin(value = "0.1", message = "must be at least 0.1")
        @DecimalMax(value = "1.0", message = "must be at most 1.0")
        @Digits(integer = 1, fraction = 2)
        BigDecimal fte,

        RegistrationBody registrationBody,
        @Size(max = 20) String registrationNumber,

        @Schema(description = "When they completed Motivational Interviewing training; absent if not trained")
        @PastOrPresent
        LocalDate motivationalInterviewingTrainedOn,

        @NotNull LocalDate startDate,
        LocalDate endDate,

        @NotNull
        @Pattern(
                regexp = "^[a-z0-9._-]{3,60}$",
                message = "must be a login of 3-60 lower-case letters, digits, . _ or -")
        String login) {

    public Practitioner.Details toDetails() {
        return new Practitioner.Details(
                givenName,
                familyName,
                role,
                fte,
                registrationBody,
                registrationNumber,
                motivationalInterviewingTrainedOn,
                startDate,
                endDate,
                login);
    }
}
