package org.familysafeguarding.contracts.domain.kpi;

/** The interventions caseload-service records, as its events name them; a KPI counts one of these. */
public enum InterventionType {
    HOME_VISIT,
    ONE_TO_ONE_SESSION,
    DRUG_TEST,
    ALCOHOL_TEST,
    CORE_GROUP,
    MOTIVATIONAL_INTERVIEWING_SESSION,
    GROUP_PROGRAMME_SESSION,
    JOINT_VISIT
}
