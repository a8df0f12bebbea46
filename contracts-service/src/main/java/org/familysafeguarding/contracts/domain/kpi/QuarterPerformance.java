package org.familysafeguarding.contracts.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Each KPI of a contract in one quarter: its target, the interventions counted, the percentage and
 * rating; {@code closedAt} is set once the quarter has closed.
 */
public record QuarterPerformance(
        FinancialQuarter quarter, RatingBands bands, List<KpiResult> results, Instant closedAt) {

    public record KpiResult(
            UUID kpiId,
            InterventionType interventionType,
            int target,
            long actual,
            BigDecimal percentOfTarget,
            KpiRating rating) {

        public boolean missed() {
            return rating != KpiRating.MET;
        }
    }

    /** Counts a contract's interventions of a type between two days (both included). */
    @FunctionalInterface
    public interface InterventionCounts {
        /** @param oncePerFamily count a family's interventions of the type on one day once (a home visit with both parents) */
        long count(InterventionType type, LocalDate from, LocalDate to, boolean oncePerFamily);
    }

    /**
     * Rates each KPI in force in the quarter against its target. Only interventions on days the
     * contract was live and the KPI in force count; for a part quarter the target is pro-rated by
     * those days (half up to a whole intervention). A KPI that takes effect after the quarter is left
     * out: it neither back-fills nor misses an earlier quarter.
     */
    public static QuarterPerformance rate(
            FinancialQuarter quarter,
            RatingBands bands,
            List<KpiTarget> targets,
            LocalDate liveOn,
            LocalDate endedOn,
            InterventionCounts counts) {
        LocalDate[] live = liveWindow(quarter, liveOn, endedOn);
        List<KpiResult> results = new java.util.ArrayList<>();
        for (KpiTarget t : targets) {
            if (t.effectiveFrom() != null && t.effectiveFrom().isAfter(quarter.end())) {
                continue;
            }
            if (live == null) {
                // not live in the quarter (yet): the standing target, nothing counted
                results.add(new KpiResult(
                        t.id(),
                        t.interventionType(),
                        t.perQuarter(),
                        0,
                        RatingBands.percentOf(t.perQuarter(), 0),
                        bands.rate(t.perQuarter(), 0)));
                continue;
            }
            LocalDate[] window = inForce(live, t.effectiveFrom());
            if (window == null) {
                continue;
            }
            int target = proRata(t.perQuarter(), quarter, window);
            long actual = counts.count(t.interventionType(), window[0], window[1], t.oncePerFamily());
            results.add(new KpiResult(
                    t.id(),
                    t.interventionType(),
                    target,
                    actual,
                    RatingBands.percentOf(target, actual),
                    bands.rate(target, actual)));
        }
        return new QuarterPerformance(quarter, bands, List.copyOf(results), null);
    }

    /** The target for the days of the quarter the KPI counted: the whole target for a whole quarter. */
    static int proRata(int perQuarter, FinancialQuarter quarter, LocalDate[] window) {
        long quarterDays = ChronoUnit.DAYS.between(quarter.start(), quarter.end()) + 1;
        long days = ChronoUnit.DAYS.between(window[0], window[1]) + 1;
        if (days >= quarterDays) {
            return perQuarter;
        }
        return BigDecimal.valueOf(perQuarter)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(quarterDays), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static LocalDate[] inForce(LocalDate[] live, LocalDate effectiveFrom) {
        if (effectiveFrom == null || !effectiveFrom.isAfter(live[0])) {
            return live;
        }
        return effectiveFrom.isAfter(live[1]) ? null : new LocalDate[] {effectiveFrom, live[1]};
    }

    /** The days of the quarter on which a contract live from {@code liveOn} until {@code endedOn} was live, or null. */
    public static LocalDate[] liveWindow(FinancialQuarter quarter, LocalDate liveOn, LocalDate endedOn) {
        if (liveOn == null) {
            return null;
        }
        LocalDate from = liveOn.isAfter(quarter.start()) ? liveOn : quarter.start();
        LocalDate to = endedOn != null && endedOn.isBefore(quarter.end()) ? endedOn : quarter.end();
        return from.isAfter(to) ? null : new LocalDate[] {from, to};
    }
}
