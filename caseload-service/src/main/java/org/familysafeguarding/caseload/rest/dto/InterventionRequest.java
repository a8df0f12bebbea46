package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.intervention.Intervention;
import org.familysafeguarding.caseload.domain.intervention.InterventionType;
import org.familysafeguarding.caseload.domain.intervention.TestResult;
import org.familysafeguarding.platform.text.FreeText;

/** An intervention with an adult, recorded by the practitioner allocated to them. */
public record InterventionRequest(
        @NotNull InterventionType type,

        @Schema(description = "The day it took place: not in the future, not before the allocation") @NotNull
        LocalDate occurredOn,

        @NotNull @Min(1) @Max(1440) Integer durationMinutes,

        @Schema(description = "DRUG_TEST and ALCOHOL_TEST only, and required for them")
        TestResult testResult,

        @Schema(description = "Confidential to the recording agency unless notesShared") @Size(max = 4000) @FreeText
        String notes,

        @Schema(description = "Share the notes with everyone who may see the intervention")
        Boolean notesShared) {

    public Intervention.Details toDetails() {
        return new Intervention.Details(
                type, occurredOn, durationMinutes, testResult, notes, Boolean.TRUE.equals(notesShared));
    }

    /** Voiding an intervention entered in error. */
    public record Voiding(
            @NotBlank @Size(max = 500) @FreeText String reason) {}
}
