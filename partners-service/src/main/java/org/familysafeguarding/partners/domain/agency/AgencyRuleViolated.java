package org.familysafeguarding.partners.domain.agency;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AgencyRuleViolated extends DomainProblem {

    public AgencyRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
