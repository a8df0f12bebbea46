package org.familysafeguarding.caseload.domain.referral;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The CIN census re-referral: a referral of a child within 12 months of a previous referral of the
 * same child. Twelve months are calendar months, so the anniversary of the previous referral still
 * counts (a 366-day gap across 29 February is within 12 months; the same gap in other years is not),
 * and 12 months after 29 February is 28 February.
 */
public final class ReReferralRule {

    static final int MONTHS = 12;

    private ReReferralRule() {}

    public static boolean isReReferral(LocalDate referralDate, Collection<LocalDate> otherReferralDates) {
        return otherReferralDates.stream()
                .anyMatch(previous ->
                        previous.isBefore(referralDate) && !referralDate.isAfter(previous.plusMonths(MONTHS)));
    }
}
