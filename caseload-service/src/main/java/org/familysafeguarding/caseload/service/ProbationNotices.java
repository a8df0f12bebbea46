package org.familysafeguarding.caseload.service;

/**
 * Reads an HMPPS domain event, as it was received, into a checked {@link ProbationNotice}: the port through which
 * the intake re-reads an event it kept for review, so that it needs nothing of the wire format.
 */
public interface ProbationNotices {

    /** @throws MalformedProbationEvent saying what is wrong */
    ProbationNotice read(String key, String payload);
}
