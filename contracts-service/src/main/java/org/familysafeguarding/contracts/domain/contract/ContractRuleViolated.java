package org.familysafeguarding.contracts.domain.contract;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A change to a contract its rules refuse; the message says why. */
public class ContractRuleViolated extends DomainProblem {

    public ContractRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
