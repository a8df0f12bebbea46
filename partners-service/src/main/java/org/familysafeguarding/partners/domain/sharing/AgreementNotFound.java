package org.familysafeguarding.partners.domain.sharing;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class AgreementNotFound extends DomainProblem {

    public AgreementNotFound(UUID id) {
        super(Kind.NOT_FOUND, "agreement-not-found", "No information-sharing agreement " + id + ".");
    }
}
