package org.familysafeguarding.caseload.service;

/** An HMPPS domain event that breaks the envelope, names no valid CRN, or carries a date that cannot be read. */
public class MalformedProbationEvent extends RuntimeException {

    public MalformedProbationEvent(String reason) {
        super(reason);
    }
}
