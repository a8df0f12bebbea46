package org.familysafeguarding.caseload.domain.family;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A CRN or NHS number another adult on the platform holds; the answer does not say where. */
public class IdentifierAlreadyHeld extends DomainProblem {

    public IdentifierAlreadyHeld(String field) {
        super(
                Kind.CONFLICT,
                "identifier-already-held",
                field + ": this identifier is already recorded for another "
                        + "person on the platform. Check it with the person and the source; your partnership admin has been told.");
    }
}
