package org.familysafeguarding.caseload.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
import org.familysafeguarding.caseload.domain.outcome.BusinessCasePosition;
import org.familysafeguarding.caseload.service.OutcomeReporting;

public record BusinessCaseResponse(
        String councilCode,
        LocalDate baselineDate,
        int baselineCpChildren,
        Integer baselineLookedAfter,
        BigDecimal annualCostCpPlan,
        BigDecimal annualCostLookedAfter,
        BigDecimal annualTarget,
        LocalDate firstYearStarts,
        List<BusinessCase.Scenario> scenarios,

        @Schema(
                description =
                        "Year by year: each scenario's stated avoidance, investment, grant and net; totals and net over the years")
        BusinessCasePosition position,

        @Schema(
                description =
                        "The actual cost avoidance from the council's own caseload at the end of each model year that has ended")
        List<OutcomeReporting.ActualYear> actual,

        String updatedBy,
        long version) {

    public static BusinessCaseResponse of(BusinessCase b) {
        return of(new OutcomeReporting.BusinessCaseView(b, b.position(), null));
    }

    public static BusinessCaseResponse of(OutcomeReporting.BusinessCaseView view) {
        BusinessCase b = view.businessCase();
        return new BusinessCaseResponse(
                b.councilCode(),
                b.baselineDate(),
                b.baselineCpChildren(),
                b.baselineLookedAfter(),
                b.annualCostCpPlan(),
                b.annualCostLookedAfter(),
                b.annualTarget(),
                b.firstYearStarts(),
                b.scenarioTerms(),
                view.position(),
                view.actual(),
                b.updatedBy(),
                b.version());
    }
}
