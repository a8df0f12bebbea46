package org.familysafeguarding.partners.domain.agency;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AgencyAlreadyRegistered extends DomainProblem {

    public AgencyAlreadyRegistered(String detail) {
        super(Kind.CONFLICT, "agency-already-registered", detail);
    }
}
