package org.familysafeguarding.contracts.domain.tender;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The moderated mark of a bid against a criterion, agreed after the evaluators' marks were seen, with why. */
@Entity
@Table(name = "tender_moderated_score")
@IdClass(ModeratedScore.Key.class)
public class ModeratedScore {

    public record Key(UUID bidId, UUID criterionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "bid_id")
    private UUID bidId;

    @Id
    @Column(name = "criterion_id")
    private UUID criterionId;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    private Boolean passed;

    private Integer score;

    @Column(nullable = false)
    private String rationale;

    @Column(name = "moderated_by", nullable = false)
    private String moderatedBy;

    @Column(name = "moderated_at", nullable = false)
    private Instant moderatedAt;

    protected ModeratedScore() {}

    public static ModeratedScore of(UUID contractId, UUID bidId, Mark mark, String by, Instant now) {
        var s = new ModeratedScore();
        s.contractId = contractId;
        s.bidId = bidId;
        s.criterionId = mark.criterionId();
        s.revise(mark, by, now);
        return s;
    }

    public void revise(Mark mark, String by, Instant now) {
        if (mark.note() == null || mark.note().isBlank()) {
            throw new TenderRuleViolated("rationale-required", "A moderated mark records its rationale.");
        }
        this.passed = mark.passed();
        this.score = mark.score();
        this.rationale = mark.note().strip();
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    public UUID bidId() {
        return bidId;
    }

    public UUID criterionId() {
        return criterionId;
    }

    public UUID contractId() {
        return contractId;
    }

    public Boolean passed() {
        return passed;
    }

    public Integer score() {
        return score;
    }

    public String rationale() {
        return rationale;
    }

    public String moderatedBy() {
        return moderatedBy;
    }

    public Instant moderatedAt() {
        return moderatedAt;
    }
}
