package org.familysafeguarding.contracts.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.ContractTransition;
import org.familysafeguarding.contracts.domain.contract.EndReason;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;

public record TransitionResponse(
        UUID id,
        ContractState from,
        ContractState to,
        LocalDate effectiveOn,
        String recordedBy,
        Instant recordedAt,
        String decisionMaker,
        DecisionLevel decisionLevel,
        String decisionReportRef,
        UUID procurementCheckId,
        UUID agencyId,
        EndReason endReason,
        String reason) {

    public static TransitionResponse of(ContractTransition t) {
        return new TransitionResponse(
                t.id(),
                t.from(),
                t.to(),
                t.effectiveOn(),
                t.recordedBy(),
                t.recordedAt(),
                t.decisionMaker(),
                t.decisionLevel(),
                t.decisionReportRef(),
                t.procurementCheckId(),
                t.agencyId(),
                t.endReason(),
                t.reason());
    }
}
