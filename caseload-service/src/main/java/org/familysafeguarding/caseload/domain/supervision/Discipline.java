package org.familysafeguarding.caseload.domain.supervision;

/** The professional discipline an attendee brings to group supervision. */
public enum Discipline {
    SOCIAL_WORK,
    DOMESTIC_ABUSE,
    SUBSTANCE_USE,
    MENTAL_HEALTH,
    PROBATION,
    HEALTH,
    EDUCATION,
    OTHER
}
