package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.CheckOutcome;
import org.familysafeguarding.partners.domain.duediligence.CheckType;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheck;

@Schema(name = "RecordCheckRequest")
public record RecordCheckRequest(
        @NotNull CheckType type,
        @NotNull CheckOutcome outcome,

        @Schema(description = "Credit score; required for CREDIT_CHECK") @Min(0) @Max(100)
        Integer score,

        @NotBlank @Size(max = 200) String evidenceReference,
        @NotNull @PastOrPresent LocalDate checkedOn,
        @NotNull LocalDate expiresOn) {

    public DueDiligenceCheck.Details toDetails() {
        return new DueDiligenceCheck.Details(type, outcome, score, evidenceReference, checkedOn, expiresOn);
    }
}
