package org.familysafeguarding.contracts.readmodel;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class PartnerAgencyNotFound extends DomainProblem {

    public PartnerAgencyNotFound(UUID id) {
        super(Kind.NOT_FOUND, "agency-not-found", "No partner agency " + id + " is known here.");
    }
}
