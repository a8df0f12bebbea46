package org.familysafeguarding.contracts.readmodel;

/** Practitioner roles as partners-service names them; a staffing specification asks FTE by these. */
public enum PractitionerRole {
    SOCIAL_WORKER,
    CONSULTANT_SOCIAL_WORKER,
    TEAM_MANAGER,
    ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM,
    ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR,
    ADULT_PRACTITIONER_SUBSTANCE_USE,
    MENTAL_HEALTH_PRACTITIONER,
    CLINICAL_PSYCHOLOGIST,
    FAMILY_PRACTITIONER,
    VOLUNTEER
}
