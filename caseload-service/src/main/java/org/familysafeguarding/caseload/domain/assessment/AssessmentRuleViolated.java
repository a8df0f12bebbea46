package org.familysafeguarding.caseload.domain.assessment;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AssessmentRuleViolated extends DomainProblem {

    public AssessmentRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
