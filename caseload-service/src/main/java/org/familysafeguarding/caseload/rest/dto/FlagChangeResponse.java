package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;

import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;

public record FlagChangeResponse(String change, String eventType, Instant occurredAt) {

    static FlagChangeResponse of(RiskFlagChange c) {
        return new FlagChangeResponse(c.change().name(), c.eventType(), c.occurredAt());
    }
}
