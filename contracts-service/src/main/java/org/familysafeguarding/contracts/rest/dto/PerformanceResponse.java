package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.kpi.InterventionType;
import org.familysafeguarding.contracts.domain.kpi.KpiRating;
import org.familysafeguarding.contracts.domain.kpi.QuarterPerformance;
import org.familysafeguarding.contracts.domain.kpi.SmallCounts;

@Schema(description = "A contract's KPIs in one financial quarter; closed quarters are frozen at their close.")
public record PerformanceResponse(
        UUID contractId,
        String quarter,
        LocalDate from,
        LocalDate to,
        boolean closed,
        Instant closedAt,
        BandsView bands,
        List<ResultView> results) {

    public record BandsView(BigDecimal metFrom, BigDecimal slightlyBelowFrom, BigDecimal belowFrom) {}

    /**
     * @param target the quarter's target, pro-rated by days for a quarter the contract was live (or the KPI
     *        in force) for only part of
     * @param actual absent when suppressed
     * @param suppressed the count is 1 to 5 and the caller sees aggregates only: the count, the percentage and
     *        the rating (which rest on it) are not shown
     */
    public record ResultView(
            UUID kpiId,
            InterventionType interventionType,
            int target,
            Long actual,
            BigDecimal percentOfTarget,
            KpiRating rating,
            boolean suppressed) {}

    public static PerformanceResponse of(UUID contractId, QuarterPerformance p) {
        return of(contractId, p, false);
    }

    /** @param hideSmallCounts the caller reads aggregates only (an analyst) */
    public static PerformanceResponse of(UUID contractId, QuarterPerformance p, boolean hideSmallCounts) {
        return new PerformanceResponse(
                contractId,
                p.quarter().toString(),
                p.quarter().start(),
                p.quarter().end(),
                p.closedAt() != null,
                p.closedAt(),
                new BandsView(
                        BigDecimal.valueOf(100),
                        p.bands().slightlyBelowFrom(),
                        p.bands().belowFrom()),
                p.results().stream()
                        .map(r -> hideSmallCounts && SmallCounts.suppressed(r.actual())
                                ? new ResultView(r.kpiId(), r.interventionType(), r.target(), null, null, null, true)
                                : new ResultView(
                                        r.kpiId(),
                                        r.interventionType(),
                                        r.target(),
                                        r.actual(),
                                        r.percentOfTarget(),
                                        r.rating(),
                                        false))
                        .toList());
    }
}
