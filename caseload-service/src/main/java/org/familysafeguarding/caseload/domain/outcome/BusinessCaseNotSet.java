package org.familysafeguarding.caseload.domain.outcome;

import org.familysafeguarding.platform.problem.DomainProblem;

/** The council has not set out its business case yet. */
public class BusinessCaseNotSet extends DomainProblem {

    public BusinessCaseNotSet() {
        super(Kind.NOT_FOUND, "business-case-not-found", "Your council has not set its business case yet.");
    }
}
