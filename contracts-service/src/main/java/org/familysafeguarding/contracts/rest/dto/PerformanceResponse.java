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

@Schema(description = "A contract's KPIs in one financial quarter; closed quarters are frozen at their close.")
public record PerformanceResponse(UUID contractId, String quarter, LocalDate from, LocalDate to, boolean closed,
        Instant closedAt, BandsView bands, List<ResultView> results) {

    public record BandsView(BigDecimal metFrom, BigDecimal slightlyBelowFrom, BigDecimal belowFrom) {
    }

    public record ResultView(UUID kpiId, InterventionType interventionType, int target, long actual,
            BigDecimal percentOfTarget, KpiRating rating) {
    }

    public static PerformanceResponse of(UUID contractId, QuarterPerformance p) {
        return new PerformanceResponse(contractId, p.quarter().toString(), p.quarter().start(), p.quarter().end(),
                p.closedAt() != null, p.closedAt(),
                new BandsView(BigDecimal.valueOf(100), p.bands().slightlyBelowFrom(), p.bands().belowFrom()),
                p.results().stream().map(r -> new ResultView(r.kpiId(), r.interventionType(), r.target(), r.actual(),
                        r.percentOfTarget(), r.rating())).toList());
    }
}
