package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;

/**
 * Cost avoided a year against the business case's baseline, in GBP.
 *
 * @param fewerCpChildren baseline children on child protection plans minus those at the period's end
 * @param fewerLookedAfter baseline children looked after minus those at the period's end
 * @param percentOfTarget the annual amount as a percentage of the business case's target; null without one
 */
public record CostAvoidance(
        long fewerCpChildren,
        long fewerLookedAfter,
        BigDecimal annualAmount,
        BigDecimal annualTarget,
        BigDecimal percentOfTarget) {}
