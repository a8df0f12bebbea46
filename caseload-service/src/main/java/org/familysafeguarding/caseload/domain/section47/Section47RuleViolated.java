package org.familysafeguarding.caseload.domain.section47;

import org.familysafeguarding.platform.problem.DomainProblem;

public class Section47RuleViolated extends DomainProblem {

    public Section47RuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
