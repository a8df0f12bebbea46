package org.familysafeguarding.caseload.domain.probation;

/** ACTIVE while registered; CLOSED when probation deregistered it; REMOVED when the registration was deleted (entered in error). */
public enum FlagStatus {
    ACTIVE,
    CLOSED,
    REMOVED
}
