package org.familysafeguarding.partners.domain.team;

import org.familysafeguarding.platform.problem.DomainProblem;

public class TeamRuleViolated extends DomainProblem {

    public TeamRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
