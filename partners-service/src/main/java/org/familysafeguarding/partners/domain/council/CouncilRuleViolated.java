package org.familysafeguarding.partners.domain.council;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CouncilRuleViolated extends DomainProblem {

    public CouncilRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
