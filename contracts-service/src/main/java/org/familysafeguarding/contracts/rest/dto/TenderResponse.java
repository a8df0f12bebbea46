package org.familysafeguarding.contracts.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.tender.Criterion;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderStage;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A tender evaluation. A bidder sees its stage and criteria only: not the panel, progress or decisions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenderResponse(
        UUID contractId,
        TenderStage stage,
        List<Criterion> criteria,
        List<Evaluator> panel,
        Long marksExpectedPerEvaluator,
        List<Decision> decisions,
        Recommendation recommendation,
        long version) {

    /** An evaluator and how many marks they have given (not what they gave). */
    public record Evaluator(String username, String addedBy, Instant addedAt, long marksGiven) {}

    public record Decision(String decision, String by, Instant at) {}

    public record Recommendation(UUID bidId, String rationale, String by, Instant at) {}

    public static TenderResponse forBidder(TenderEvaluation t) {
        return new TenderResponse(t.contractId(), t.stage(), t.criteria(), null, null, null, null, t.version());
    }

    public static TenderResponse of(TenderEvaluation t, Map<String, Long> marksGiven, long marksExpected) {
        List<Decision> decisions = new java.util.ArrayList<>();
        add(decisions, "started", t.createdBy(), t.createdAt());
        add(decisions, "criteria-set", t.criteriaSetBy(), t.criteriaSetAt());
        add(decisions, "panel-set", t.panelSetBy(), t.panelSetAt());
        add(decisions, "bids-opened", t.bidsOpenedBy(), t.bidsOpenedAt());
        add(decisions, "bids-closed", t.bidsClosedBy(), t.bidsClosedAt());
        add(decisions, "moderation-started", t.moderationStartedBy(), t.moderationStartedAt());
        add(decisions, "recommended", t.recommendedBy(), t.recommendedAt());
        return new TenderResponse(
                t.contractId(),
                t.stage(),
                t.criteria(),
                t.panel().stream()
                        .map(m -> new Evaluator(
                                m.username(), m.addedBy(), m.addedAt(), marksGiven.getOrDefault(m.username(), 0L)))
                        .toList(),
                marksExpected,
                decisions,
                t.recommendedBidId() == null
                        ? null
                        : new Recommendation(
                                t.recommendedBidId(),
                                t.recommendationRationale(),
                                t.recommendedBy(),
                                t.recommendedAt()),
                t.version());
    }

    private static void add(List<Decision> decisions, String decision, String by, Instant at) {
        if (at != null) {
            decisions.add(new Decision(decision, by, at));
        }
    }
}
