package org.familysafeguarding.contracts.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;

/**
 * Where the ratings start, as a percentage of target: met from 100%, slightly below from
 * {@code slightlyBelowFrom}, below from {@code belowFrom}, significantly below under that.
 */
public record RatingBands(BigDecimal slightlyBelowFrom, BigDecimal belowFrom) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final RatingBands DEFAULT = new RatingBands(BigDecimal.valueOf(90), BigDecimal.valueOf(75));

    public RatingBands {
        if (slightlyBelowFrom == null
                || belowFrom == null
                || belowFrom.signum() < 0
                || belowFrom.compareTo(slightlyBelowFrom) > 0
                || slightlyBelowFrom.compareTo(HUNDRED) >= 0) {
            throw new ContractRuleViolated(
                    "rating-bands-invalid",
                    "Bands run 0 <= below <= slightly below < 100 (%); " + "given below from " + belowFrom
                            + ", slightly below from " + slightlyBelowFrom + ".");
        }
    }

    /** The count as a percentage of the target, to one decimal; a target of zero is always met (100%). */
    public static BigDecimal percentOf(int target, long actual) {
        if (target <= 0) {
            return HUNDRED.setScale(1);
        }
        return BigDecimal.valueOf(actual).multiply(HUNDRED).divide(BigDecimal.valueOf(target), 1, RoundingMode.DOWN);
    }

    public KpiRating rate(int target, long actual) {
        if (actual >= target) {
            return KpiRating.MET;
        }
        BigDecimal percent = percentOf(target, actual);
        if (percent.compareTo(slightlyBelowFrom) >= 0) {
            return KpiRating.SLIGHTLY_BELOW;
        }
        return percent.compareTo(belowFrom) >= 0 ? KpiRating.BELOW : KpiRating.SIGNIFICANTLY_BELOW;
    }
}
