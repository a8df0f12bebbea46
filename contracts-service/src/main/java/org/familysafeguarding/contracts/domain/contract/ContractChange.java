package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;

/**
 * A decided change to a live contract. An extension gives its months; a variation changes the
 * value (by {@code valueChange}), the end (to {@code newEnd}) or the scope, with a reason.
 */
public record ContractChange(
        ChangeKind kind,
        Integer extensionMonths,
        BigDecimal valueChange,
        LocalDate newEnd,
        String scopeChange,
        String reason,
        LocalDate effectiveOn,
        String decisionMaker,
        DecisionLevel decisionLevel,
        String decisionReportRef) {}
