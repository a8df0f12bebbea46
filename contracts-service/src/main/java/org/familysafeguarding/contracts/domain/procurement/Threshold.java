package org.familysafeguarding.contracts.domain.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of thresholds.csv: a value in force between two dates for a kind of contract. */
public record Threshold(
        String regime,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String contractType,
        String authorityScope,
        BigDecimal amount,
        boolean vatInclusive,
        String instrument) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Reached at the threshold itself: the regulations apply to values "equal to or greater than" it. */
    public boolean reachedBy(BigDecimal value) {
        return value.compareTo(amount) >= 0;
    }
}
