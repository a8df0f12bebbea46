package org.familysafeguarding.caseload.domain.census;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CensusRuleViolated extends DomainProblem {

    public CensusRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
