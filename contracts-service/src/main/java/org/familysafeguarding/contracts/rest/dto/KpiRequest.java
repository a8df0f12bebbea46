package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.kpi.InterventionType;

@Schema(description = "A KPI: at least perQuarter interventions of the type each financial quarter.")
public record KpiRequest(
        @NotNull InterventionType interventionType,

        @Schema(description = "e.g. 500 home visits a quarter") @NotNull @Min(0) @Max(1000000)
        Integer perQuarter,

        @Schema(
                description = "The day the KPI was agreed (when first set; default today): no quarter before it is "
                        + "rated or closed against it, and the quarter it starts in is pro-rated")
        LocalDate effectiveFrom,

        @Schema(
                description = "Count a family's interventions of this type on one day once (a home visit or core group "
                        + "with both parents); default false")
        Boolean oncePerFamily) {

    public boolean countsOncePerFamily() {
        return Boolean.TRUE.equals(oncePerFamily);
    }
}
