package org.familysafeguarding.caseload.domain.referral;

/** What a referral led to. */
public enum ReferralOutcome {
    NO_FURTHER_ACTION,
    ASSESSMENT,
    SECTION_47
}
