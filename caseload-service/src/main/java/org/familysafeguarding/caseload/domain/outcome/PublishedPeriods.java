package org.familysafeguarding.caseload.domain.outcome;

import java.time.LocalDate;

/** Which periods figures are published for to analysts: whole ones (see {@link WholePeriods}) that have ended. */
public final class PublishedPeriods {

    private PublishedPeriods() {}

    /**
     * @throws OutcomeRuleViolated for any other window: two overlapping windows (or the same period
     *         asked on two days while it runs) would differ by a few days' children
     */
    public static void requirePublishable(Period period, LocalDate today) {
        if (WholePeriods.kindOf(period).isEmpty()) {
            throw new OutcomeRuleViolated(
                    "period-not-whole",
                    "Figures for analysts are for whole periods: a calendar month "
                            + "(e.g. 2025-06-01 to 2025-06-30), a quarter of the financial year (e.g. 2025-04-01 to 2025-06-30) "
                            + "or a financial year (1 April to 31 March); " + period.from() + " to " + period.to()
                            + " is none of them.");
        }
        if (!period.to().isBefore(today)) {
            throw new OutcomeRuleViolated(
                    "period-not-ended",
                    "Figures for analysts are for periods that have ended; " + period.to() + " is not yet past.");
        }
    }
}
