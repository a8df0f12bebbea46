package org.familysafeguarding.caseload.domain.plan;

/** The kinds of plan or episode a child can be on; a child has at most one of each kind at a time. */
public enum PlanKind {
    /** A child in need plan (section 17). */
    CHILD_IN_NEED,
    /** A child protection plan, with its category of abuse. */
    CHILD_PROTECTION,
    /** Pre-proceedings under the Public Law Outline. */
    PRE_PROCEEDINGS,
    /** A period of being looked after, with its legal status. */
    LOOKED_AFTER
}
