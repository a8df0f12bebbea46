package org.familysafeguarding.caseload.domain.family;

/** What an adult is to a child of the family. */
public enum Relationship {
    MOTHER,
    FATHER,
    STEP_PARENT,
    PARENTS_PARTNER,
    GRANDPARENT,
    OTHER_RELATIVE,
    KINSHIP_CARER,
    ADULT_SIBLING,
    OTHER
}
