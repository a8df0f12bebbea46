package org.familysafeguarding.partners.domain.council;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CouncilAlreadyRegistered extends DomainProblem {

    public CouncilAlreadyRegistered(String detail) {
        super(Kind.CONFLICT, "council-already-registered", detail);
    }
}
