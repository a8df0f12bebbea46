package org.familysafeguarding.caseload.domain.family;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

/** No such record in the caller's council: absent, or another council's (which must not leak). */
public class RecordNotFound extends DomainProblem {

    public RecordNotFound(String recordType, UUID id) {
        super(Kind.NOT_FOUND, recordType + "-not-found", "No " + recordType + " " + id + " in your council.");
    }
}
