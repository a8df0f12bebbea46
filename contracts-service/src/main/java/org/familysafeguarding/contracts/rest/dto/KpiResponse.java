package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.kpi.InterventionType;
import org.familysafeguarding.contracts.domain.kpi.KpiTarget;

public record KpiResponse(
        UUID id,
        UUID contractId,
        InterventionType interventionType,
        int perQuarter,
        LocalDate effectiveFrom,
        boolean oncePerFamily,
        long version) {

    public static KpiResponse of(KpiTarget t) {
        return new KpiResponse(
                t.id(),
                t.contractId(),
                t.interventionType(),
                t.perQuarter(),
                t.effectiveFrom(),
                t.oncePerFamily(),
                t.version());
    }
}
