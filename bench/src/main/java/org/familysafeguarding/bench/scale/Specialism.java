package org.familysafeguarding.bench.scale;

import java.util.List;

/**
 * The adult-facing specialisms of caseload-service's allocations: the practitioner role each takes, the
 * partner service an agency must be commissioned for, and the kinds of work recorded with a parent.
 */
enum Specialism {
    DOMESTIC_ABUSE_VICTIM_SURVIVOR(
            "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
            "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT",
            "dav",
            List.of("ONE_TO_ONE_SESSION", "HOME_VISIT", "GROUP_PROGRAMME_SESSION")),
    DOMESTIC_ABUSE_PERPETRATOR(
            "ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR",
            "DOMESTIC_ABUSE_PERPETRATOR_WORK",
            "dap",
            List.of(
                    "GROUP_PROGRAMME_SESSION",
                    "ONE_TO_ONE_SESSION",
                    "MOTIVATIONAL_INTERVIEWING_SESSION",
                    "GROUP_PROGRAMME_SESSION")),
    SUBSTANCE_USE(
            "ADULT_PRACTITIONER_SUBSTANCE_USE",
            "SUBSTANCE_USE",
            "su",
            List.of(
                    "DRUG_TEST",
                    "ALCOHOL_TEST",
                    "ONE_TO_ONE_SESSION",
                    "MOTIVATIONAL_INTERVIEWING_SESSION",
                    "HOME_VISIT",
                    "DRUG_TEST")),
    MENTAL_HEALTH(
            "MENTAL_HEALTH_PRACTITIONER",
            "MENTAL_HEALTH",
            "mh",
            List.of("ONE_TO_ONE_SESSION", "MOTIVATIONAL_INTERVIEWING_SESSION", "HOME_VISIT"));

    /** The lead social worker's own work, recorded on the mother's record. */
    static final List<String> LEAD_WORK =
            List.of("HOME_VISIT", "HOME_VISIT", "CORE_GROUP", "JOINT_VISIT", "HOME_VISIT");

    final String role;
    final String service;
    final String abbreviation;
    final List<String> workTypes;

    Specialism(String role, String service, String abbreviation, List<String> workTypes) {
        this.role = role;
        this.service = service;
        this.abbreviation = abbreviation;
        this.workTypes = workTypes;
    }
}
