package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.outcome.BusinessCase;

public record BusinessCaseRequest(
        @NotNull LocalDate baselineDate,
        @NotNull @Min(0) Integer baselineCpChildren,

        @Schema(description = "Where the report gives it") @Min(0)
        Integer baselineLookedAfter,

        @Schema(
                description =
                        "Where the report gives it; with the looked-after cost and baseline, the actual avoidance is worked out")
        @DecimalMin("0.00")
        @Digits(integer = 10, fraction = 2)
        BigDecimal annualCostCpPlan,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal annualCostLookedAfter,

        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        BigDecimal annualTarget,

        @Schema(description = "The first day of the model's year 1")
        LocalDate firstYearStarts,

        @Size(max = 10) List<@Valid @NotNull BusinessCaseYearRequest> years,
        @Size(max = 4) List<@Valid @NotNull BusinessCaseScenarioRequest> scenarios) {

    public BusinessCase.Terms toTerms() {
        return new BusinessCase.Terms(
                baselineDate,
                baselineCpChildren,
                baselineLookedAfter,
                annualCostCpPlan,
                annualCostLookedAfter,
                annualTarget,
                firstYearStarts,
                years == null
                        ? List.of()
                        : years.stream()
                                .map(y -> new BusinessCase.Year(y.year(), y.investment(), y.grant()))
                                .toList(),
                scenarios == null
                        ? List.of()
                        : scenarios.stream()
                                .map(s -> new BusinessCase.Scenario(s.name(), s.yearly(), s.statedTotal()))
                                .toList());
    }
}
