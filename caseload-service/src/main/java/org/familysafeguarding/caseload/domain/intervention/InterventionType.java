package org.familysafeguarding.caseload.domain.intervention;

/** The kinds of work with a parent that are recorded and counted (caseload.events carries them). */
public enum InterventionType {
    HOME_VISIT,
    ONE_TO_ONE_SESSION,
    DRUG_TEST,
    ALCOHOL_TEST,
    CORE_GROUP,
    MOTIVATIONAL_INTERVIEWING_SESSION,
    GROUP_PROGRAMME_SESSION,
    JOINT_VISIT;

    /** A test has a result; nothing else does. */
    public boolean hasResult() {
        return this == DRUG_TEST || this == ALCOHOL_TEST;
    }
}
