package org.familysafeguarding.contracts.domain.tender;

import org.familysafeguarding.platform.problem.DomainProblem;

/** The caller sees the tender but may not do this to it (a commissioner who is not on the panel scoring). */
public class TenderForbidden extends DomainProblem {

    public TenderForbidden(String slug, String detail) {
        super(Kind.FORBIDDEN, slug, detail);
    }
}
