package org.familysafeguarding.caseload.domain.intervention;

/** The result of a drug or alcohol test. */
public enum TestResult {
    NEGATIVE,
    POSITIVE,
    /** The parent declined the test. */
    REFUSED
}
