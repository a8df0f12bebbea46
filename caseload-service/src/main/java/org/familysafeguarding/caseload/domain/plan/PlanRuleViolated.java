package org.familysafeguarding.caseload.domain.plan;

import org.familysafeguarding.platform.problem.DomainProblem;

public class PlanRuleViolated extends DomainProblem {

    public PlanRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
