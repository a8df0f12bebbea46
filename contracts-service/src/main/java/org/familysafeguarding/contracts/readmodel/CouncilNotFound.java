package org.familysafeguarding.contracts.readmodel;

import org.familysafeguarding.platform.problem.DomainProblem;

/** Also the answer for another council's data, so that its existence does not leak. */
public class CouncilNotFound extends DomainProblem {

    public CouncilNotFound(String code) {
        super(Kind.NOT_FOUND, "council-not-found", "No council " + code + " is known here for you.");
    }
}
