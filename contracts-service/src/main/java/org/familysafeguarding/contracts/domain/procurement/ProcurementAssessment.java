package org.familysafeguarding.contracts.domain.procurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules say about a proposed decision.
 *
 * @param regimeBasis why this regime: the date the procurement commenced and the transitional rule applied
 * @param threshold null under the PSR, which applies whatever the value (and so is thresholdReached)
 * @param comparedValue the value set against the threshold: with VAT where the threshold includes it
 * @param routes every route, permitted or not, with its reason or conditions
 * @param proposedRoute the proposed route checked with its ground, reason and (for Direct Award C) the change test
 * @param standstill the standstill the law requires, null when none is required
 * @param voluntaryStandstill a standstill the council may keep although none is required, or null
 */
public record ProcurementAssessment(
        ProcurementRegime regime,
        String regimeBasis,
        Threshold threshold,
        BigDecimal comparedValue,
        Boolean thresholdReached,
        List<RouteCheck> routes,
        RouteCheck proposedRoute,
        List<Notice> notices,
        String standstill,
        String voluntaryStandstill,
        DecisionLevel decisionLevel,
        boolean keyDecision) {}
