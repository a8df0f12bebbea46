package org.familysafeguarding.caseload.domain.familystar;

import org.familysafeguarding.platform.problem.DomainProblem;

public class FamilyStarRuleViolated extends DomainProblem {

    public FamilyStarRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
