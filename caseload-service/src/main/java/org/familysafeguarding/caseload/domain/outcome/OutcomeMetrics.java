package org.familysafeguarding.caseload.domain.outcome;

import java.util.Map;
import java.util.TreeMap;

/**
 * A council's outcome metrics for a period, computed as the DfE publishes them (see the module
 * README for each definition): children on plans and looked after at the end of the period with
 * their rates per 10,000 children aged 0-17, the re-referral rate, repeat child protection plans,
 * plans lasting two years or more, entries to care and closures by reason. For analysts, any figure
 * resting on a count of 1 to 5 is suppressed.
 */
public record OutcomeMetrics(Period period, Long population, Figure childrenOnCinPlans, Figure cinRatePer10000,
        Figure childrenOnCpPlans, Figure cpRatePer10000, Figure childrenLookedAfter, Figure lookedAfterRatePer10000,
        Figure referrals, Figure reReferrals, Figure reReferralRate, Figure cpPlansStarted, Figure repeatCpPlans,
        Figure repeatCpPlanRate, Figure cpPlansEnded, Figure cpPlansLastingTwoYearsOrMore,
        Figure cpPlansLastingTwoYearsOrMoreRate, Figure entriesToCare, Figure entriesToCareRatePer10000,
        Map<String, Figure> closuresByReason) {

    /**
     * @param population children aged 0-17 in the council's area for the year of the period's end; null when unknown
     * @param suppress whether small counts are held back (for analysts)
     */
    public static OutcomeMetrics of(Period period, OutcomeCounts c, Long population, boolean suppress) {
        var closures = new TreeMap<String, Figure>();
        c.closuresByReason().forEach((reason, count) -> closures.put(reason, Figure.count(count, suppress)));
        return new OutcomeMetrics(period, population,
                Figure.count(c.onCinPlansAtEnd(), suppress), Figure.ratePer10000(c.onCinPlansAtEnd(), population, suppress),
                Figure.count(c.onCpPlansAtEnd(), suppress), Figure.ratePer10000(c.onCpPlansAtEnd(), population, suppress),
                Figure.count(c.lookedAfterAtEnd(), suppress), Figure.ratePer10000(c.lookedAfterAtEnd(), population, suppress),
                Figure.count(c.referrals(), suppress), Figure.count(c.reReferrals(), suppress),
                Figure.percentage(c.reReferrals(), c.referrals(), suppress),
                Figure.count(c.cpPlansStarted(), suppress), Figure.count(c.repeatCpPlans(), suppress),
                Figure.percentage(c.repeatCpPlans(), c.cpPlansStarted(), suppress),
                Figure.count(c.cpPlansEnded(), suppress), Figure.count(c.cpPlansEndedAfterTwoYears(), suppress),
                Figure.percentage(c.cpPlansEndedAfterTwoYears(), c.cpPlansEnded(), suppress),
                Figure.count(c.entriesToCare(), suppress), Figure.ratePer10000(c.entriesToCare(), population, suppress),
                java.util.Collections.unmodifiableSortedMap(closures));
    }
}
