package org.familysafeguarding.caseload.domain.identifier;

import org.familysafeguarding.platform.problem.DomainProblem;

/** An identifier (NHS number, UPN, CRN) that fails its format or check. */
public class InvalidIdentifier extends DomainProblem {

    public InvalidIdentifier(String field, String detail) {
        super(Kind.RULE_VIOLATED, "invalid-identifier", field + ": " + detail);
    }
}
