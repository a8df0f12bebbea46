package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;

import org.familysafeguarding.caseload.domain.probation.ProbationActivity;

public record ProbationActivityResponse(String kind, String reference, Instant occurredAt) {

    static ProbationActivityResponse of(ProbationActivity a) {
        return new ProbationActivityResponse(a.kind().name(), a.reference(), a.occurredAt());
    }
}
