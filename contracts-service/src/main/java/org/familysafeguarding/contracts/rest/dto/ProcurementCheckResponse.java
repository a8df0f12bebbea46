package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.contracts.domain.procurement.Notice;
import org.familysafeguarding.contracts.domain.procurement.ProcurementAssessment;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRegime;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.domain.procurement.RouteCheck;
import org.familysafeguarding.contracts.domain.procurement.Threshold;

@Schema(description = "What the procurement rules say about a proposed decision, as checked and kept.")
public record ProcurementCheckResponse(
        UUID id,
        Instant checkedAt,
        String checkedBy,
        ProposedDecision proposal,
        ProcurementRegime regime,
        String regimeTitle,

        @Schema(description = "Why this regime: the day the procurement commenced and the transitional rule applied")
        String regimeBasis,

        ThresholdView threshold,

        @Schema(description = "The value set against the threshold: including VAT where the threshold does")
        BigDecimal comparedValue,

        @Schema(description = "Absent under the PSR, which applies whatever the value")
        Boolean thresholdReached,

        RouteCheck proposedRoute,
        List<RouteCheck> routes,
        List<Notice> notices,

        @Schema(description = "The standstill the law requires; absent when none is required")
        String standstill,

        @Schema(
                description =
                        "A standstill the council may keep although none is required (a light-touch contract under "
                                + "the Act, s51(3); after a voluntary VEAT under PCR 2015)")
        String voluntaryStandstill,

        @Schema(description = "Absent when the council's thresholds are not known")
        DecisionLevel decisionLevel,

        boolean keyDecision) {

    public record ThresholdView(
            BigDecimal amount,
            boolean vatInclusive,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String instrument) {}

    public static ProcurementCheckResponse of(ProcurementCheck check, ProcurementAssessment a) {
        Threshold t = a.threshold();
        return new ProcurementCheckResponse(
                check.id(),
                check.checkedAt(),
                check.checkedBy(),
                check.proposal(),
                a.regime(),
                a.regime().title(),
                a.regimeBasis(),
                t == null
                        ? null
                        : new ThresholdView(
                                t.amount(), t.vatInclusive(), t.effectiveFrom(), t.effectiveTo(), t.instrument()),
                a.comparedValue(),
                a.thresholdReached(),
                a.proposedRoute(),
                a.routes(),
                a.notices(),
                a.standstill(),
                a.voluntaryStandstill(),
                a.decisionLevel(),
                a.keyDecision());
    }
}
