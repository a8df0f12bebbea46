package org.familysafeguarding.partners.domain.sharing;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AgreementRuleViolated extends DomainProblem {

    public AgreementRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
