package org.familysafeguarding.contracts.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.ModeratedScore;

public record ModeratedScoreResponse(
        UUID bidId,
        UUID criterionId,
        Boolean passed,
        Integer score,
        String rationale,
        String moderatedBy,
        Instant moderatedAt) {

    public static ModeratedScoreResponse of(ModeratedScore m) {
        return new ModeratedScoreResponse(
                m.bidId(), m.criterionId(), m.passed(), m.score(), m.rationale(), m.moderatedBy(), m.moderatedAt());
    }
}
