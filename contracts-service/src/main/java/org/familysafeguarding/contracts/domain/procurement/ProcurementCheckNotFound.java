package org.familysafeguarding.contracts.domain.procurement;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class ProcurementCheckNotFound extends DomainProblem {

    public ProcurementCheckNotFound(UUID id) {
        super(Kind.NOT_FOUND, "procurement-check-not-found", "No procurement check " + id + " is known here.");
    }
}
