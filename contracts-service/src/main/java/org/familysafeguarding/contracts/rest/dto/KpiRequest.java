package org.familysafeguarding.contracts.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.kpi.InterventionType;

@Schema(description = "A KPI: at least perQuarter interventions of the type each financial quarter.")
public record KpiRequest(@NotNull InterventionType interventionType,
        @Schema(description = "e.g. 500 home visits a quarter") @NotNull @Min(0) @Max(1000000) Integer perQuarter) {
}
