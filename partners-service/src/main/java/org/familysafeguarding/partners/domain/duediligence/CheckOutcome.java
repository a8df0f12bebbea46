package org.familysafeguarding.partners.domain.duediligence;

public enum CheckOutcome {
    PASSED,
    FAILED
}
