package org.familysafeguarding.caseload.domain.nhs;

/** What an NHS look-up is told, as CP-IS tells it: the plans unscheduled care must know of. */
public enum FlagKind {
    /** The child is subject to a child protection plan. */
    CHILD_PROTECTION_PLAN,
    /** The child is looked after by the council. */
    LOOKED_AFTER,
    /** The unborn child of the woman looked up is subject to a (pre-birth) child protection plan. */
    UNBORN_CHILD_PROTECTION_PLAN
}
