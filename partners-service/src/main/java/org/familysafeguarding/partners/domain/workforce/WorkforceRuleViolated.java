package org.familysafeguarding.partners.domain.workforce;

import org.familysafeguarding.platform.problem.DomainProblem;

public class WorkforceRuleViolated extends DomainProblem {

    public WorkforceRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
