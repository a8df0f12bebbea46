package org.familysafeguarding.contracts.domain.procurement;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A procurement question the rules cannot answer, or a decision they refuse. */
public class ProcurementRuleViolated extends DomainProblem {

    public ProcurementRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
