package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.outcome.CostAvoidance;
import org.familysafeguarding.caseload.domain.outcome.OutcomeMetrics;
import org.familysafeguarding.caseload.service.OutcomeReporting;

public record OutcomeReportResponse(
        String councilCode,
        LocalDate modelAdoptedOn,
        @Schema(description = "The whole period asked for") OutcomeMetrics period,

        @Schema(description = "The part of the period before the model adoption date; null when none")
        OutcomeMetrics beforeAdoption,

        @Schema(description = "The part of the period from the model adoption date; null when none")
        OutcomeMetrics afterAdoption,

        @Schema(
                description =
                        "Analysts: the adoption date falls inside the period, so its parts (windows of their own) are not given; ask for whole periods before and after it")
        boolean adoptionSplitWithheld,

        @Schema(
                description =
                        "Yearly cost avoided at the period's end against the business case; null when no case is set or it is suppressed")
        CostAvoidance costAvoidance,

        boolean costAvoidanceSuppressed) {

    public static OutcomeReportResponse of(OutcomeReporting.Report r) {
        return new OutcomeReportResponse(
                r.councilCode(),
                r.modelAdoptedOn(),
                r.period(),
                r.beforeAdoption(),
                r.afterAdoption(),
                r.adoptionSplitWithheld(),
                r.costAvoidance(),
                r.costAvoidanceSuppressed());
    }
}
