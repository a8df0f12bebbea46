package org.familysafeguarding.contracts.domain.contract;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

/** Also the answer for a contract the caller may not see, so that its existence does not leak. */
public class ContractNotFound extends DomainProblem {

    public ContractNotFound(UUID id) {
        super(Kind.NOT_FOUND, "contract-not-found", "No contract " + id + " is known here for you.");
    }
}
