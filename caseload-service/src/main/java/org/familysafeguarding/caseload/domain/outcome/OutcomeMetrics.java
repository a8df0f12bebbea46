package org.familysafeguarding.caseload.domain.outcome;

import static org.familysafeguarding.caseload.domain.outcome.OutcomeCounts.Flow.*;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A council's outcome metrics for a period, computed as the DfE publishes them (see the module
 * README for each definition): children in need (open CIN episodes) and children on plans and looked
 * after at the end of the period with their rates per 10,000 children aged 0-17, the re-referral
 * rate, repeat child protection plans, plans lasting two years or more, entries to care, CIN episodes
 * closed by reason, periods of care ended by reason, and assessments completed within 45 working days. For analysts, any figure resting on a count of
 * 1 to 5 is suppressed, and flows also where a suppressed count could be worked back from a total.
 */
public record OutcomeMetrics(
        Period period,
        Long population,
        Figure childrenInNeed,
        Figure cinRatePer10000,
        Figure childrenOnCinPlans,
        Figure cinPlanRatePer10000,
        Figure childrenOnCpPlans,
        Figure cpRatePer10000,
        Figure childrenLookedAfter,
        Figure lookedAfterRatePer10000,
        Figure referrals,
        Figure reReferrals,
        Figure reReferralRate,
        Figure cpPlansStarted,
        Figure repeatCpPlans,
        Figure repeatCpPlanRate,
        Figure cpPlansEnded,
        Figure cpPlansLastingTwoYearsOrMore,
        Figure cpPlansLastingTwoYearsOrMoreRate,
        Figure entriesToCare,
        Figure entriesToCareRatePer10000,
        Map<String, Figure> closuresByReason,
        Map<String, Figure> lookedAfterCeasedByReason,
        Figure assessmentsCompleted,
        Figure assessmentsWithin45WorkingDays,
        Figure assessmentTimelinessRate) {

    /**
     * @param population children aged 0-17 in the council's area (latest mid-year estimate by the period's end); null when unknown
     * @param suppress whether small counts are held back (for analysts)
     */
    public static OutcomeMetrics of(Period period, OutcomeCounts c, Long population, boolean suppress) {
        Set<String> held = suppress ? SecondarySuppression.withinOnePeriod(period, c.flows()) : Set.of();
        return of(period, c, population, suppress, held);
    }

    /** @param held the flows held back (primary and secondary suppression over the whole periods) */
    public static OutcomeMetrics of(
            Period period, OutcomeCounts c, Long population, boolean suppress, Set<String> held) {
        var closures = new TreeMap<String, Figure>();
        c.closuresByReason()
                .forEach((reason, n) -> closures.put(reason, Figure.held(n, held.contains(CLOSURES + reason))));
        var ceased = new TreeMap<String, Figure>();
        c.lookedAfterCeasedByReason()
                .forEach((reason, n) -> ceased.put(reason, Figure.held(n, held.contains(CEASED + reason))));
        return new OutcomeMetrics(
                period,
                population,
                Figure.count(c.childrenInNeedAtEnd(), suppress),
                Figure.ratePer10000(c.childrenInNeedAtEnd(), population, suppress),
                Figure.count(c.onCinPlansAtEnd(), suppress),
                Figure.ratePer10000(c.onCinPlansAtEnd(), population, suppress),
                Figure.count(c.onCpPlansAtEnd(), suppress),
                Figure.ratePer10000(c.onCpPlansAtEnd(), population, suppress),
                Figure.count(c.lookedAfterAtEnd(), suppress),
                Figure.ratePer10000(c.lookedAfterAtEnd(), population, suppress),
                Figure.held(c.referrals(), held.contains(REFERRALS)),
                Figure.held(c.reReferrals(), held.contains(RE_REFERRALS)),
                Figure.percentageUnlessHeld(
                        c.reReferrals(), c.referrals(), held.contains(RE_REFERRALS) || held.contains(REFERRALS)),
                Figure.held(c.cpPlansStarted(), held.contains(CP_STARTED)),
                Figure.held(c.repeatCpPlans(), held.contains(CP_REPEAT)),
                Figure.percentageUnlessHeld(
                        c.repeatCpPlans(), c.cpPlansStarted(), held.contains(CP_REPEAT) || held.contains(CP_STARTED)),
                Figure.held(c.cpPlansEnded(), held.contains(CP_ENDED)),
                Figure.held(c.cpPlansEndedAfterTwoYears(), held.contains(CP_ENDED_TWO_YEARS)),
                Figure.percentageUnlessHeld(
                        c.cpPlansEndedAfterTwoYears(),
                        c.cpPlansEnded(),
                        held.contains(CP_ENDED_TWO_YEARS) || held.contains(CP_ENDED)),
                Figure.held(c.entriesToCare(), held.contains(ENTRIES_TO_CARE)),
                held.contains(ENTRIES_TO_CARE)
                        ? Figure.SUPPRESSED
                        : Figure.ratePer10000(c.entriesToCare(), population, false),
                java.util.Collections.unmodifiableSortedMap(closures),
                java.util.Collections.unmodifiableSortedMap(ceased),
                Figure.held(c.assessmentsCompleted(), held.contains(ASSESSMENTS)),
                Figure.held(c.assessmentsInTime(), held.contains(ASSESSMENTS_IN_TIME)),
                Figure.percentageUnlessHeld(
                        c.assessmentsInTime(),
                        c.assessmentsCompleted(),
                        held.contains(ASSESSMENTS_IN_TIME) || held.contains(ASSESSMENTS)));
    }
}
