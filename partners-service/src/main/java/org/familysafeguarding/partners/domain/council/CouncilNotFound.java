package org.familysafeguarding.partners.domain.council;

import org.familysafeguarding.platform.problem.DomainProblem;

public class CouncilNotFound extends DomainProblem {

    public CouncilNotFound(String code) {
        super(Kind.NOT_FOUND, "council-not-found", "No council " + code + " in the partnership.");
    }
}
