package org.familysafeguarding.caseload.domain.outcome;

import java.util.Map;

/**
 * The counts behind a council's outcome metrics for one period, as the database aggregated them.
 *
 * @param onCinPlansAtEnd children on a child in need plan at the end of the period
 * @param onCpPlansAtEnd children on a child protection plan at the end of the period
 * @param lookedAfterAtEnd children looked after at the end of the period
 * @param referrals referrals received in the period
 * @param reReferrals of those, referrals within 12 months of a previous referral of the child
 * @param cpPlansStarted child protection plans started in the period
 * @param repeatCpPlans of those, second or later plans of the child (ever)
 * @param cpPlansEnded child protection plans ended in the period
 * @param cpPlansEndedAfterTwoYears of those, plans that had lasted two years or more
 * @param entriesToCare children who started to be looked after in the period
 * @param closuresByReason plans and episodes closed in the period, by CIN reason for closure
 */
public record OutcomeCounts(long onCinPlansAtEnd, long onCpPlansAtEnd, long lookedAfterAtEnd, long referrals,
        long reReferrals, long cpPlansStarted, long repeatCpPlans, long cpPlansEnded, long cpPlansEndedAfterTwoYears,
        long entriesToCare, Map<String, Long> closuresByReason) {

    public OutcomeCounts {
        closuresByReason = Map.copyOf(closuresByReason);
    }
}
