package org.familysafeguarding.caseload.domain.nhs;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A referral that cannot be taken as sent: no adult matches, or an Idempotency-Key was reused for another request. */
public class NhsReferralRefused extends DomainProblem {

    public NhsReferralRefused(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
