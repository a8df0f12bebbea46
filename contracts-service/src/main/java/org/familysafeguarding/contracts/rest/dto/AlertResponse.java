package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.alert.AlertKind;
import org.familysafeguarding.contracts.domain.alert.ContractDeadline;
import org.familysafeguarding.contracts.domain.contract.ContractState;

@Schema(
        description =
                "A contract's extension decision or end coming up, with the tightest threshold (180, 90, 30 days) reached.")
public record AlertResponse(
        UUID contractId,
        String title,
        UUID agencyId,
        ContractState state,
        AlertKind kind,
        LocalDate dueOn,
        long daysLeft,
        int thresholdDays) {

    public static AlertResponse of(ContractDeadline d) {
        return new AlertResponse(
                d.contract().id(),
                d.contract().title(),
                d.contract().agencyId(),
                d.contract().state(),
                d.kind(),
                d.dueOn(),
                d.daysLeft(),
                d.thresholdDays());
    }
}
