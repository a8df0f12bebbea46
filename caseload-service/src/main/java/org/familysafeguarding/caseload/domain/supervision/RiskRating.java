package org.familysafeguarding.caseload.domain.supervision;

/** The team's view of the risk to the children of a family discussed. */
public enum RiskRating {
    LOW,
    MEDIUM,
    HIGH
}
