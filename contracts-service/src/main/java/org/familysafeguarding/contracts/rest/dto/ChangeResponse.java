package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.ChangeFlags;
import org.familysafeguarding.contracts.domain.contract.ChangeKind;
import org.familysafeguarding.contracts.domain.contract.ContractVariation;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;

public record ChangeResponse(
        UUID id,
        UUID contractId,
        ChangeKind kind,
        Integer extensionMonths,
        BigDecimal valueChange,
        LocalDate endBefore,
        LocalDate endAfter,
        String scopeChange,
        String reason,
        LocalDate effectiveOn,
        String decisionMaker,
        DecisionLevel decisionLevel,
        String decisionReportRef,
        ChangeFlags flags,
        String recordedBy,
        Instant recordedAt) {

    public static ChangeResponse of(ContractVariation v) {
        return new ChangeResponse(
                v.id(),
                v.contractId(),
                v.kind(),
                v.extensionMonths(),
                v.valueChange(),
                v.endBefore(),
                v.endAfter(),
                v.scopeChange(),
                v.reason(),
                v.effectiveOn(),
                v.decisionMaker(),
                v.decisionLevel(),
                v.decisionReportRef(),
                v.flags(),
                v.recordedBy(),
                v.recordedAt());
    }
}
