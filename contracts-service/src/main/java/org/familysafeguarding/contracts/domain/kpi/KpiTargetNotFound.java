package org.familysafeguarding.contracts.domain.kpi;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class KpiTargetNotFound extends DomainProblem {

    public KpiTargetNotFound(UUID id) {
        super(Kind.NOT_FOUND, "kpi-not-found", "No KPI " + id + " is known on this contract for you.");
    }
}
