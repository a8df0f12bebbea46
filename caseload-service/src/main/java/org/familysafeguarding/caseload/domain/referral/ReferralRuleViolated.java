package org.familysafeguarding.caseload.domain.referral;

import org.familysafeguarding.platform.problem.DomainProblem;

public class ReferralRuleViolated extends DomainProblem {

    public ReferralRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
