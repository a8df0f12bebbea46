package org.familysafeguarding.contracts.domain.tender;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A tender record that exists already (an evaluation of the contract, an agency's bid). */
public class TenderConflict extends DomainProblem {

    public TenderConflict(String slug, String detail) {
        super(Kind.CONFLICT, slug, detail);
    }
}
