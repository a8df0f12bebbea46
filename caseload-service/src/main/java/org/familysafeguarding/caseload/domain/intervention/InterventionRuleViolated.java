package org.familysafeguarding.caseload.domain.intervention;

import org.familysafeguarding.platform.problem.DomainProblem;

public class InterventionRuleViolated extends DomainProblem {

    public InterventionRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
