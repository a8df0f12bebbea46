package org.familysafeguarding.caseload.domain.supervision;

/** Where an agreed action stands. Only open actions can become overdue. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
