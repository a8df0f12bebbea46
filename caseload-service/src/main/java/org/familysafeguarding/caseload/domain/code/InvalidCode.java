package org.familysafeguarding.caseload.domain.code;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A value that is not on the CIN census code list its field uses. */
public class InvalidCode extends DomainProblem {

    public InvalidCode(String field, String code, String list) {
        super(
                Kind.RULE_VIOLATED,
                "invalid-code",
                field + ": '" + code + "' is not a code of the CIN census list " + list + ".");
    }
}
