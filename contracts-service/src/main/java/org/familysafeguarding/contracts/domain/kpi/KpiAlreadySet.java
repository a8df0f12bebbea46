package org.familysafeguarding.contracts.domain.kpi;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A contract has one KPI per intervention type: revise the one there is. */
public class KpiAlreadySet extends DomainProblem {

    public KpiAlreadySet(InterventionType type) {
        super(Kind.CONFLICT, "kpi-already-set", "The contract already has a KPI for " + type + "; revise that one.");
    }
}
