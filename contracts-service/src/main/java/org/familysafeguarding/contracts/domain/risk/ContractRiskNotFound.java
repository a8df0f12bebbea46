package org.familysafeguarding.contracts.domain.risk;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class ContractRiskNotFound extends DomainProblem {

    public ContractRiskNotFound(UUID id) {
        super(Kind.NOT_FOUND, "risk-not-found", "No risk " + id + " is known on this contract for you.");
    }
}
