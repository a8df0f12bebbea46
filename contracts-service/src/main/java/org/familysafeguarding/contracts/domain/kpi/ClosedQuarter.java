package org.familysafeguarding.contracts.domain.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A contract's quarter once closed: the result of each KPI as it stood then, no longer moved by late events. */
@Entity
@Table(name = "kpi_quarter_close")
public class ClosedQuarter {

    @Embeddable
    public record Key(
            @Column(name = "contract_id") UUID contractId,
            @Column(name = "quarter") String quarter) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "slightly_below_from", nullable = false)
    private BigDecimal slightlyBelowFrom;

    @Column(name = "below_from", nullable = false)
    private BigDecimal belowFrom;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "kpi_quarter_result",
            joinColumns = {
                @JoinColumn(name = "contract_id", referencedColumnName = "contract_id"),
                @JoinColumn(name = "quarter", referencedColumnName = "quarter")
            })
    private List<Result> results = new ArrayList<>();

    protected ClosedQuarter() {}

    public static ClosedQuarter close(UUID contractId, QuarterPerformance performance, Instant now) {
        var closed = new ClosedQuarter();
        closed.key = new Key(contractId, performance.quarter().toString());
        closed.slightlyBelowFrom = performance.bands().slightlyBelowFrom();
        closed.belowFrom = performance.bands().belowFrom();
        closed.closedAt = now;
        performance
                .results()
                .forEach(r -> closed.results.add(new Result(
                        r.interventionType(), r.target(), (int) r.actual(), r.percentOfTarget(), r.rating())));
        return closed;
    }

    /** The quarter's performance as frozen at the close. */
    public QuarterPerformance performance() {
        return new QuarterPerformance(
                FinancialQuarter.parse(key.quarter()),
                new RatingBands(slightlyBelowFrom, belowFrom),
                results.stream()
                        .sorted(Comparator.comparing(Result::interventionType))
                        .map(r -> new QuarterPerformance.KpiResult(
                                null, r.interventionType(), r.target(), r.actual(), r.percentOfTarget(), r.rating()))
                        .toList(),
                closedAt);
    }

    public UUID contractId() {
        return key.contractId();
    }

    public Instant closedAt() {
        return closedAt;
    }

    @Embeddable
    public record Result(
            @Enumerated(EnumType.STRING) @Column(name = "intervention_type", nullable = false)
            InterventionType interventionType,

            @Column(name = "target", nullable = false) int target,
            @Column(name = "actual", nullable = false) int actual,

            @Column(name = "percent_of_target", nullable = false)
            BigDecimal percentOfTarget,

            @Enumerated(EnumType.STRING) @Column(name = "rating", nullable = false)
            KpiRating rating) {}
}
