package org.familysafeguarding.caseload.domain.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind a council's outcome metrics for one period, as the database aggregated them.
 *
 * @param onCinPlansAtEnd children on a child in need plan at the end of the period
 * @param onCpPlansAtEnd children on a child protection plan at the end of the period
 * @param lookedAfterAtEnd children looked after at the end of the period, not under a series of short breaks (V3, V4)
 * @param referrals referrals received in the period
 * @param reReferrals of those, referrals within 12 months of a previous referral of the child
 * @param cpPlansStarted children who became the subject of a child protection plan in the period
 * @param repeatCpPlans of those, children for whom it was a second or later plan (ever)
 * @param cpPlansEnded children whose child protection plan ended in the period
 * @param cpPlansEndedAfterTwoYears of those, children whose plan had lasted two years or more
 * @param entriesToCare children who started a period of care in the period (not short breaks, not a change of legal status)
 * @param closuresByReason CIN episodes closed in the period, by CIN reason for closure (RC1..RC9)
 * @param childrenInNeedAtEnd children with a CIN episode open at the end of the period (the DfE's children in need)
 * @param lookedAfterCeasedByReason looked-after periods of care ended in the period, by SSDA903 reason episode ceased
 * @param assessmentsCompleted assessments authorised in the period
 * @param assessmentsInTime of those, authorised within 45 working days of their start (DfE table C2)
 */
public record OutcomeCounts(
        long onCinPlansAtEnd,
        long onCpPlansAtEnd,
        long lookedAfterAtEnd,
        long referrals,
        long reReferrals,
        long cpPlansStarted,
        long repeatCpPlans,
        long cpPlansEnded,
        long cpPlansEndedAfterTwoYears,
        long entriesToCare,
        Map<String, Long> closuresByReason,
        long childrenInNeedAtEnd,
        Map<String, Long> lookedAfterCeasedByReason,
        long assessmentsCompleted,
        long assessmentsInTime) {

    public OutcomeCounts {
        closuresByReason = Map.copyOf(closuresByReason);
        lookedAfterCeasedByReason = Map.copyOf(lookedAfterCeasedByReason);
    }

    public OutcomeCounts(
            long onCinPlansAtEnd,
            long onCpPlansAtEnd,
            long lookedAfterAtEnd,
            long referrals,
            long reReferrals,
            long cpPlansStarted,
            long repeatCpPlans,
            long cpPlansEnded,
            long cpPlansEndedAfterTwoYears,
            long entriesToCare,
            Map<String, Long> closuresByReason) {
        this(
                onCinPlansAtEnd,
                onCpPlansAtEnd,
                lookedAfterAtEnd,
                referrals,
                reReferrals,
                cpPlansStarted,
                repeatCpPlans,
                cpPlansEnded,
                cpPlansEndedAfterTwoYears,
                entriesToCare,
                closuresByReason,
                0,
                Map.of(),
                0,
                0);
    }

    /**
     * The counts that flow through a period (so that a longer period is the sum of its parts), by a
     * name each keeps across periods, with the complements a published total and part give away.
     */
    public Map<String, Long> flows() {
        var flows = new LinkedHashMap<String, Long>();
        flows.put(Flow.REFERRALS, referrals);
        flows.put(Flow.RE_REFERRALS, reReferrals);
        flows.put(Flow.FIRST_REFERRALS, referrals - reReferrals);
        flows.put(Flow.CP_STARTED, cpPlansStarted);
        flows.put(Flow.CP_REPEAT, repeatCpPlans);
        flows.put(Flow.CP_FIRST, cpPlansStarted - repeatCpPlans);
        flows.put(Flow.CP_ENDED, cpPlansEnded);
        flows.put(Flow.CP_ENDED_TWO_YEARS, cpPlansEndedAfterTwoYears);
        flows.put(Flow.CP_ENDED_SOONER, cpPlansEnded - cpPlansEndedAfterTwoYears);
        flows.put(Flow.ENTRIES_TO_CARE, entriesToCare);
        flows.put(Flow.ASSESSMENTS, assessmentsCompleted);
        flows.put(Flow.ASSESSMENTS_IN_TIME, assessmentsInTime);
        flows.put(Flow.ASSESSMENTS_LATE, assessmentsCompleted - assessmentsInTime);
        closuresByReason.forEach((reason, n) -> flows.put(Flow.CLOSURES + reason, n));
        lookedAfterCeasedByReason.forEach((reason, n) -> flows.put(Flow.CEASED + reason, n));
        return flows;
    }

    /** Names of the flow counts, and which are a total of which parts within one period. */
    public static final class Flow {
        public static final String REFERRALS = "referrals";
        public static final String RE_REFERRALS = "reReferrals";
        public static final String FIRST_REFERRALS = "firstReferrals";
        public static final String CP_STARTED = "cpPlansStarted";
        public static final String CP_REPEAT = "repeatCpPlans";
        public static final String CP_FIRST = "firstCpPlans";
        public static final String CP_ENDED = "cpPlansEnded";
        public static final String CP_ENDED_TWO_YEARS = "cpPlansLastingTwoYearsOrMore";
        public static final String CP_ENDED_SOONER = "cpPlansEndedSooner";
        public static final String ENTRIES_TO_CARE = "entriesToCare";
        public static final String ASSESSMENTS = "assessmentsCompleted";
        public static final String ASSESSMENTS_IN_TIME = "assessmentsWithin45WorkingDays";
        public static final String ASSESSMENTS_LATE = "assessmentsLate";
        public static final String CLOSURES = "closures:";
        public static final String CEASED = "ceased:";

        /** total, then the parts it is the sum of, within one period */
        static final java.util.List<java.util.List<String>> WITHIN_A_PERIOD = java.util.List.of(
                java.util.List.of(REFERRALS, RE_REFERRALS, FIRST_REFERRALS),
                java.util.List.of(CP_STARTED, CP_REPEAT, CP_FIRST),
                java.util.List.of(CP_ENDED, CP_ENDED_TWO_YEARS, CP_ENDED_SOONER),
                java.util.List.of(ASSESSMENTS, ASSESSMENTS_IN_TIME, ASSESSMENTS_LATE));

        private Flow() {}
    }
}
