package org.familysafeguarding.caseload.domain.outcome;

import java.time.LocalDate;
import java.util.Optional;

/** A reporting period, both days included. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 20;

    public Period {
        if (to.isBefore(from)) {
            throw new OutcomeRuleViolated(
                    "period-reversed", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new OutcomeRuleViolated("period-too-long", "A period is at most " + MAX_YEARS + " years.");
        }
    }

    /** The part of the period before the day, if any. */
    public Optional<Period> before(LocalDate day) {
        return from.isBefore(day)
                ? Optional.of(new Period(from, to.isBefore(day) ? to : day.minusDays(1)))
                : Optional.empty();
    }

    /** The part of the period from the day on, if any. */
    public Optional<Period> from(LocalDate day) {
        return to.isBefore(day) ? Optional.empty() : Optional.of(new Period(from.isAfter(day) ? from : day, to));
    }
}
