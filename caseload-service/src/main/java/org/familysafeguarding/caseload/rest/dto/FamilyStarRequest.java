package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarArea;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarStage;

/** A Family Star Plus reading: a score of 1 to 10 for each of the ten outcome areas. */
public record FamilyStarRequest(
        @NotNull FamilyStarStage stage,
        @NotNull LocalDate readingDate,

        @Schema(description = "Score 1-10 per outcome area code; all ten areas") @NotNull @Size(min = 10, max = 10)
        Map<FamilyStarArea, @NotNull @Min(1) @Max(10) Integer> scores) {}
