package org.familysafeguarding.contracts.domain.tender;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluator's own mark of a bid against a criterion, revisable until moderation starts. */
@Entity
@Table(name = "tender_evaluator_score")
public class EvaluatorScore {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "bid_id", nullable = false)
    private UUID bidId;

    @Column(name = "criterion_id", nullable = false)
    private UUID criterionId;

    @Column(nullable = false)
    private String evaluator;

    private Boolean passed;

    private Integer score;

    private String note;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected EvaluatorScore() {}

    public static EvaluatorScore of(UUID contractId, UUID bidId, String evaluator, Mark mark, Instant now) {
        var s = new EvaluatorScore();
        s.id = UUID.randomUUID();
        s.contractId = contractId;
        s.bidId = bidId;
        s.criterionId = mark.criterionId();
        s.evaluator = evaluator;
        s.revise(mark, now);
        return s;
    }

    public void revise(Mark mark, Instant now) {
        this.passed = mark.passed();
        this.score = mark.score();
        this.note = mark.note();
        this.scoredAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID bidId() {
        return bidId;
    }

    public UUID criterionId() {
        return criterionId;
    }

    public String evaluator() {
        return evaluator;
    }

    public Boolean passed() {
        return passed;
    }

    public Integer score() {
        return score;
    }

    public String note() {
        return note;
    }

    public Instant scoredAt() {
        return scoredAt;
    }
}
