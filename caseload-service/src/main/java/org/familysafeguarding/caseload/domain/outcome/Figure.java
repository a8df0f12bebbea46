package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A published figure: a count, a rate per 10,000 children or a percentage, held back when it would
 * show, or could be worked back to, a count of 1 to 5 children (the DfE's small-number rule).
 */
public record Figure(BigDecimal value, boolean suppressed) {

    /** Counts of this many or fewer, but more than none, are not shown to analysts. */
    public static final int SUPPRESS_UP_TO = 5;

    static final Figure SUPPRESSED = new Figure(null, true);
    static final Figure UNKNOWN = new Figure(null, false);

    static boolean small(long count) {
        return count > 0 && count <= SUPPRESS_UP_TO;
    }

    static Figure count(long count, boolean suppress) {
        return suppress && small(count) ? SUPPRESSED : new Figure(BigDecimal.valueOf(count), false);
    }

    /** A count shown unless held back (primary or secondary suppression decided elsewhere). */
    static Figure held(long count, boolean held) {
        return held ? SUPPRESSED : new Figure(BigDecimal.valueOf(count), false);
    }

    static Figure percentageUnlessHeld(long part, long whole, boolean held) {
        return held ? SUPPRESSED : percentage(part, whole, false);
    }

    /** count per 10,000 of the population, to one decimal place; unknown without a population. */
    static Figure ratePer10000(long count, Long population, boolean suppress) {
        if (suppress && small(count)) {
            return SUPPRESSED;
        }
        if (population == null || population <= 0) {
            return UNKNOWN;
        }
        return new Figure(
                BigDecimal.valueOf(count)
                        .multiply(BigDecimal.valueOf(10_000))
                        .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP),
                false);
    }

    /**
     * part as a percentage of whole, to one decimal place; unknown when the whole is none. Held back
     * with either count, and when the complement (whole - part) is small, as it could be worked back.
     */
    static Figure percentage(long part, long whole, boolean suppress) {
        if (suppress && (small(part) || small(whole) || small(whole - part))) {
            return SUPPRESSED;
        }
        if (whole == 0) {
            return UNKNOWN;
        }
        return new Figure(
                BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP),
                false);
    }
}
