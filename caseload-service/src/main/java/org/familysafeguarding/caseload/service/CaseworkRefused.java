package org.familysafeguarding.caseload.service;

import org.familysafeguarding.platform.problem.DomainProblem;

/** The caller may see the record but not do this to it (403). */
public class CaseworkRefused extends DomainProblem {

    public CaseworkRefused(String slug, String detail) {
        super(Kind.FORBIDDEN, slug, detail);
    }
}
