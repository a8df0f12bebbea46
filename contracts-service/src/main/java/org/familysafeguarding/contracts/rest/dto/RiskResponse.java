package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.risk.ContractRisk;

public record RiskResponse(
        UUID id,
        UUID contractId,
        String description,
        int impact,
        int probability,
        int score,
        String mitigation,
        String owner,
        LocalDate reviewDate,
        boolean reviewOverdue,
        long version) {

    public static RiskResponse of(ContractRisk r, LocalDate today) {
        return new RiskResponse(
                r.id(),
                r.contractId(),
                r.description(),
                r.impact(),
                r.probability(),
                r.score(),
                r.mitigation(),
                r.owner(),
                r.reviewDate(),
                r.reviewOverdueOn(today),
                r.version());
    }
}
