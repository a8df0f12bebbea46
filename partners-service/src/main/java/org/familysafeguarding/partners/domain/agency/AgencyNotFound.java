package org.familysafeguarding.partners.domain.agency;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AgencyNotFound extends DomainProblem {

    public AgencyNotFound(UUID id) {
        super(Kind.NOT_FOUND, "agency-not-found", "No partner agency " + id + ".");
    }
}
