package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.risk.RiskAssessment;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "A risk of a contract: impact and probability 0-5; the score is their product.")
public record RiskRequest(
        @NotBlank @Size(max = 1000) @FreeText String description,
        @NotNull @Min(0) @Max(5) Integer impact,
        @NotNull @Min(0) @Max(5) Integer probability,
        @Size(max = 2000) @FreeText String mitigation,

        @Schema(description = "Who owns the risk, by role") @NotBlank @Size(max = 200)
        String owner,

        @NotNull LocalDate reviewDate) {

    public RiskAssessment toAssessment() {
        return new RiskAssessment(description, impact, probability, mitigation, owner, reviewDate);
    }
}
