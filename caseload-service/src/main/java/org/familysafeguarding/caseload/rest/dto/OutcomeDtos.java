package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
import org.familysafeguarding.caseload.domain.outcome.BusinessCasePosition;
import org.familysafeguarding.caseload.domain.outcome.CostAvoidance;
import org.familysafeguarding.caseload.domain.outcome.OutcomeMetrics;
import org.familysafeguarding.caseload.service.OutcomeReporting;

/** Outcome metrics and the business case they are measured against. */
public final class OutcomeDtos {

    private OutcomeDtos() {
    }

    public record Report(String councilCode, LocalDate modelAdoptedOn,
            @Schema(description = "The whole period asked for") OutcomeMetrics period,
            @Schema(description = "The part of the period before the model adoption date; null when none") OutcomeMetrics beforeAdoption,
            @Schema(description = "The part of the period from the model adoption date; null when none") OutcomeMetrics afterAdoption,
            @Schema(description = "Analysts: the adoption date falls inside the period, so its parts (windows of their own) are not given; ask for whole periods before and after it")
            boolean adoptionSplitWithheld,
            @Schema(description = "Yearly cost avoided at the period's end against the business case; null when no case is set or it is suppressed")
            CostAvoidance costAvoidance, boolean costAvoidanceSuppressed) {

        public static Report of(OutcomeReporting.Report r) {
            return new Report(r.councilCode(), r.modelAdoptedOn(), r.period(), r.beforeAdoption(), r.afterAdoption(),
                    r.adoptionSplitWithheld(), r.costAvoidance(), r.costAvoidanceSuppressed());
        }
    }

    /** A year of the case: the council's investment and the grant it receives. */
    public record YearRequest(@NotNull @Min(1) @Max(10) Integer year,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal investment,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal grant) {
    }

    /** A scenario of cost avoidance as the report gives it. */
    public record ScenarioRequest(@NotBlank @Size(max = 40) String name,
            @Schema(description = "Yearly cost avoidance the report states, year 1 first; null for a year it states none")
            @NotNull @Size(max = 10) List<@DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal> yearly,
            @Schema(description = "The total the report states over all the years; null when it states none")
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal statedTotal) {
    }

    public record BusinessCaseRequest(@NotNull LocalDate baselineDate, @NotNull @Min(0) Integer baselineCpChildren,
            @Schema(description = "Where the report gives it") @Min(0) Integer baselineLookedAfter,
            @Schema(description = "Where the report gives it; with the looked-after cost and baseline, the actual avoidance is worked out")
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal annualCostCpPlan,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal annualCostLookedAfter,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal annualTarget,
            @Schema(description = "The first day of the model's year 1") LocalDate firstYearStarts,
            @Size(max = 10) List<@Valid @NotNull YearRequest> years,
            @Size(max = 4) List<@Valid @NotNull ScenarioRequest> scenarios) {

        public BusinessCase.Terms toTerms() {
            return new BusinessCase.Terms(baselineDate, baselineCpChildren, baselineLookedAfter, annualCostCpPlan,
                    annualCostLookedAfter, annualTarget, firstYearStarts,
                    years == null ? List.of() : years.stream().map(y -> new BusinessCase.Year(y.year(), y.investment(), y.grant())).toList(),
                    scenarios == null ? List.of() : scenarios.stream()
                            .map(s -> new BusinessCase.Scenario(s.name(), s.yearly(), s.statedTotal())).toList());
        }
    }

    public record BusinessCaseResponse(String councilCode, LocalDate baselineDate, int baselineCpChildren,
            Integer baselineLookedAfter, BigDecimal annualCostCpPlan, BigDecimal annualCostLookedAfter,
            BigDecimal annualTarget, LocalDate firstYearStarts, List<BusinessCase.Scenario> scenarios,
            @Schema(description = "Year by year: each scenario's stated avoidance, investment, grant and net; totals and net over the years")
            BusinessCasePosition position,
            @Schema(description = "The actual cost avoidance from the council's own caseload at the end of each model year that has ended")
            List<OutcomeReporting.ActualYear> actual, String updatedBy, long version) {

        public static BusinessCaseResponse of(BusinessCase b) {
            return of(new OutcomeReporting.BusinessCaseView(b, b.position(), null));
        }

        public static BusinessCaseResponse of(OutcomeReporting.BusinessCaseView view) {
            BusinessCase b = view.businessCase();
            return new BusinessCaseResponse(b.councilCode(), b.baselineDate(), b.baselineCpChildren(),
                    b.baselineLookedAfter(), b.annualCostCpPlan(), b.annualCostLookedAfter(), b.annualTarget(),
                    b.firstYearStarts(), b.scenarioTerms(), view.position(), view.actual(), b.updatedBy(), b.version());
        }
    }
}
