package org.familysafeguarding.partners.domain;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CouncilRuleViolated extends DomainProblem {

    public CouncilRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
