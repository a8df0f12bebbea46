package org.familysafeguarding.contracts.domain.kpi;

/**
 * The partnership's small-count rule for figures shown to analysts (ADR 0004, as caseload-service's
 * outcome figures): a count of 1 to 5 is not shown, nor anything that rests on it (a percentage of
 * a target, a rating), so that no single family's or parent's activity can be read back. Zero is
 * shown. No KPI answer adds actuals into a total, so no suppressed count can be recovered by
 * subtraction (secondary suppression would be needed if one ever did).
 */
public final class SmallCounts {

    public static final int LARGEST_SUPPRESSED = 5;

    private SmallCounts() {}

    public static boolean suppressed(long count) {
        return count >= 1 && count <= LARGEST_SUPPRESSED;
    }
}
