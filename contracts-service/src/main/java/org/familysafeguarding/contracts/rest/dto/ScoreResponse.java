package org.familysafeguarding.contracts.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.EvaluatorScore;

/** One evaluator's mark of a bid against a criterion. */
public record ScoreResponse(
        UUID bidId, UUID criterionId, String evaluator, Boolean passed, Integer score, String note, Instant scoredAt) {

    public static ScoreResponse of(EvaluatorScore s) {
        return new ScoreResponse(
                s.bidId(), s.criterionId(), s.evaluator(), s.passed(), s.score(), s.note(), s.scoredAt());
    }
}
