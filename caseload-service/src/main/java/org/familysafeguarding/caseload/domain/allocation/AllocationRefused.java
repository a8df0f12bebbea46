package org.familysafeguarding.caseload.domain.allocation;

import org.familysafeguarding.platform.problem.DomainProblem;

/** An allocation that one of the allocation rules refuses; the slug names the rule. */
public class AllocationRefused extends DomainProblem {

    public AllocationRefused(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
