package org.familysafeguarding.partners.domain.duediligence;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CheckRefused extends DomainProblem {

    public CheckRefused(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
