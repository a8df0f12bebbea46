package org.familysafeguarding.contracts.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.kpi.ClosedQuarter;
import org.familysafeguarding.contracts.domain.kpi.ClosedQuarterRepository;
import org.familysafeguarding.contracts.domain.kpi.KpiTarget;
import org.familysafeguarding.contracts.domain.kpi.KpiTargetRepository;
import org.familysafeguarding.contracts.domain.kpi.QuarterPerformance;
import org.familysafeguarding.contracts.domain.kpi.SmallCounts;
import org.familysafeguarding.contracts.service.ContractingProcess.Metric;
import org.familysafeguarding.contracts.service.ContractingProcess.Observation;

/**
 * A contract's KPIs as OCDS metrics: one metric per intervention type with a target; its standing
 * target per quarter, and the target and actual of each closed quarter (counts only, no person).
 */
@ApplicationScoped
public class KpiMetrics {

    static final String UNIT = "interventions";

    private final KpiTargetRepository targets;
    private final ClosedQuarterRepository closed;

    public KpiMetrics(KpiTargetRepository targets, ClosedQuarterRepository closed) {
        this.targets = targets;
        this.closed = closed;
    }

    public List<Metric> of(Contract contract) {
        return of(contract, false);
    }

    /** @param hideSmallCounts the caller reads aggregates only: a quarter's actual of 1 to 5 is left out, with its rating */
    public List<Metric> of(Contract contract, boolean hideSmallCounts) {
        List<KpiTarget> kpis = targets.allOf(contract.id());
        if (kpis.isEmpty()) {
            return List.of();
        }
        List<QuarterPerformance> quarters = closed.ofContract(contract.id()).list().stream()
                .map(ClosedQuarter::performance)
                .sorted(java.util.Comparator.comparing(QuarterPerformance::quarter))
                .toList();
        List<Metric> metrics = new ArrayList<>();
        for (KpiTarget kpi : kpis) {
            String type = kpi.interventionType().name();
            List<Observation> observations = new ArrayList<>();
            observations.add(new Observation(
                    "target-per-quarter", (long) kpi.perQuarter(), UNIT, null, null, Map.of("figure", "target")));
            for (QuarterPerformance quarter : quarters) {
                quarter.results().stream()
                        .filter(r -> r.interventionType() == kpi.interventionType())
                        .forEach(r -> {
                            String q = quarter.quarter().toString();
                            observations.add(new Observation(
                                    q + "-target",
                                    (long) r.target(),
                                    UNIT,
                                    quarter.quarter().start(),
                                    quarter.quarter().end(),
                                    Map.of("figure", "target", "quarter", q)));
                            observations.add(
                                    hideSmallCounts && SmallCounts.suppressed(r.actual())
                                            ? new Observation(
                                                    q + "-actual",
                                                    null,
                                                    UNIT,
                                                    quarter.quarter().start(),
                                                    quarter.quarter().end(),
                                                    Map.of(
                                                            "figure",
                                                            "actual",
                                                            "quarter",
                                                            q,
                                                            "suppressed",
                                                            "count of 1 to 5"))
                                            : new Observation(
                                                    q + "-actual",
                                                    r.actual(),
                                                    UNIT,
                                                    quarter.quarter().start(),
                                                    quarter.quarter().end(),
                                                    Map.of(
                                                            "figure",
                                                            "actual",
                                                            "quarter",
                                                            q,
                                                            "rating",
                                                            r.rating().name())));
                        });
            }
            metrics.add(new Metric(
                    type,
                    type.replace('_', ' ').toLowerCase() + " per financial quarter",
                    "Interventions of type " + type + " recorded by the provider's practitioners in the council while "
                            + "the contract is live, counted per financial quarter (Q1 = April-June) against the target.",
                    observations));
        }
        return metrics;
    }
}
