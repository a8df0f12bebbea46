package org.familysafeguarding.contracts.domain.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each KPI of a contract in one quarter: its target, the interventions counted, the percentage and
 * rating; {@code closedAt} is set once the quarter has closed.
 */
public record QuarterPerformance(FinancialQuarter quarter, RatingBands bands, List<KpiResult> results,
        Instant closedAt) {

    public record KpiResult(UUID kpiId, InterventionType interventionType, int target, long actual,
            BigDecimal percentOfTarget, KpiRating rating) {

        public boolean missed() {
            return rating != KpiRating.MET;
        }
    }

    /**
     * Rates the counts against the targets. Only interventions on days the contract was live count:
     * the caller passes the counts of that window only.
     */
    public static QuarterPerformance rate(FinancialQuarter quarter, RatingBands bands, List<KpiTarget> targets,
            Map<InterventionType, Long> counts) {
        return new QuarterPerformance(quarter, bands, targets.stream().map(t -> {
            long actual = counts.getOrDefault(t.interventionType(), 0L);
            return new KpiResult(t.id(), t.interventionType(), t.perQuarter(), actual,
                    RatingBands.percentOf(t.perQuarter(), actual), bands.rate(t.perQuarter(), actual));
        }).toList(), null);
    }

    /** The days of the quarter on which a contract live from {@code liveOn} until {@code endedOn} was live, or null. */
    public static LocalDate[] liveWindow(FinancialQuarter quarter, LocalDate liveOn, LocalDate endedOn) {
        if (liveOn == null) {
            return null;
        }
        LocalDate from = liveOn.isAfter(quarter.start()) ? liveOn : quarter.start();
        LocalDate to = endedOn != null && endedOn.isBefore(quarter.end()) ? endedOn : quarter.end();
        return from.isAfter(to) ? null : new LocalDate[] { from, to };
    }
}
