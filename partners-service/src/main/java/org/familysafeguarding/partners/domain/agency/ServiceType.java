package org.familysafeguarding.partners.domain.agency;

/** The services of the model a partner agency can deliver (and be commissioned for). */
public enum ServiceType {
    DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT,
    DOMESTIC_ABUSE_PERPETRATOR_WORK,
    SUBSTANCE_USE,
    MENTAL_HEALTH,
    CLINICAL_PSYCHOLOGY,
    /** Whole-family practice, such as FACT. */
    WHOLE_FAMILY_PRACTICE,
    VOLUNTEERING
}
