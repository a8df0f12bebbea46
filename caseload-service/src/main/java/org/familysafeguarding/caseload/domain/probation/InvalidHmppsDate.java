package org.familysafeguarding.caseload.domain.probation;

/** A date in an HMPPS domain event that cannot be read: the event is malformed. */
public class InvalidHmppsDate extends RuntimeException {

    public InvalidHmppsDate(String field, String reason) {
        super(field + ": " + reason);
    }
}
