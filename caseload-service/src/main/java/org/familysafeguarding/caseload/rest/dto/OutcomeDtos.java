package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
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
            @Schema(description = "Yearly cost avoided at the period's end against the business case; null when no case is set or it is suppressed")
            CostAvoidance costAvoidance, boolean costAvoidanceSuppressed) {

        public static Report of(OutcomeReporting.Report r) {
            return new Report(r.councilCode(), r.modelAdoptedOn(), r.period(), r.beforeAdoption(), r.afterAdoption(),
                    r.costAvoidance(), r.costAvoidanceSuppressed());
        }
    }

    public record BusinessCaseRequest(@NotNull LocalDate baselineDate, @NotNull @Min(0) Integer baselineCpChildren,
            @NotNull @Min(0) Integer baselineLookedAfter,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal annualCostCpPlan,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal annualCostLookedAfter,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal annualTarget) {

        public BusinessCase.Terms toTerms() {
            return new BusinessCase.Terms(baselineDate, baselineCpChildren, baselineLookedAfter, annualCostCpPlan,
                    annualCostLookedAfter, annualTarget);
        }
    }

    public record BusinessCaseResponse(String councilCode, LocalDate baselineDate, int baselineCpChildren,
            int baselineLookedAfter, BigDecimal annualCostCpPlan, BigDecimal annualCostLookedAfter,
            BigDecimal annualTarget, String updatedBy, long version) {

        public static BusinessCaseResponse of(BusinessCase b) {
            return new BusinessCaseResponse(b.councilCode(), b.baselineDate(), b.baselineCpChildren(),
                    b.baselineLookedAfter(), b.annualCostCpPlan(), b.annualCostLookedAfter(), b.annualTarget(),
                    b.updatedBy(), b.version());
        }
    }
}
