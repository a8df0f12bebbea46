package org.familysafeguarding.contracts.domain.tender;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A step of a tender evaluation its rules refuse; the message says why. */
public class TenderRuleViolated extends DomainProblem {

    public TenderRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
