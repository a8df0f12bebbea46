package org.familysafeguarding.contracts.domain.contract;

/**
 * A partner service a contract buys, as partners-service names its service types. caseload-service
 * learns from the contract events which agency is commissioned for which of these in a council.
 */
public enum CommissionedService {
    DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT,
    DOMESTIC_ABUSE_PERPETRATOR_WORK,
    SUBSTANCE_USE,
    MENTAL_HEALTH,
    CLINICAL_PSYCHOLOGY,
    WHOLE_FAMILY_PRACTICE,
    VOLUNTEERING
}
