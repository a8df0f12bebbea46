package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEvent;

public record UnmatchedProbationEventResponse(
        UUID id,
        String crn,
        String eventType,
        String registerCode,
        Instant occurredAt,
        Instant receivedAt,
        Instant matchedAt) {

    public static UnmatchedProbationEventResponse of(UnmatchedProbationEvent e) {
        return new UnmatchedProbationEventResponse(
                e.id(), e.crn(), e.eventType(), e.registerCode(), e.occurredAt(), e.receivedAt(), e.matchedAt());
    }
}
