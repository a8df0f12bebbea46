package org.familysafeguarding.caseload.domain.familystar;

/** When a Family Star reading was taken: at the start of the work, at a review, or at closure. */
public enum FamilyStarStage {
    START,
    REVIEW,
    CLOSURE
}
