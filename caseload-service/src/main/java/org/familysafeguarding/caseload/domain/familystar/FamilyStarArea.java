package org.familysafeguarding.caseload.domain.familystar;

/**
 * The ten outcome areas of the Family Star Plus. Only these codes and the 1-10 scores are kept:
 * the wording of the scale belongs to Triangle Consulting and is licensed to the practitioners who use it.
 */
public enum FamilyStarArea {
    PHYSICAL_HEALTH,
    WELL_BEING,
    MEETING_EMOTIONAL_NEEDS,
    KEEPING_CHILDREN_SAFE,
    SOCIAL_NETWORKS,
    EDUCATION_AND_LEARNING,
    BOUNDARIES_AND_BEHAVIOUR,
    FAMILY_ROUTINE,
    HOME_AND_MONEY,
    PROGRESS_TO_WORK
}
