package org.familysafeguarding.contracts.domain.procurement;

/** Who in the council takes a decision of a given value, from the council's constitution. */
public enum DecisionLevel {
    OFFICER,
    CABINET_MEMBER,
    CABINET
}
