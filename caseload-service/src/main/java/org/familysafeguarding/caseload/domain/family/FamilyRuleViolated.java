package org.familysafeguarding.caseload.domain.family;

import org.familysafeguarding.platform.problem.DomainProblem;

public class FamilyRuleViolated extends DomainProblem {

    public FamilyRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
