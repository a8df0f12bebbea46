package org.familysafeguarding.caseload.domain.outcome;

import org.familysafeguarding.platform.problem.DomainProblem;

public class OutcomeRuleViolated extends DomainProblem {

    public OutcomeRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
