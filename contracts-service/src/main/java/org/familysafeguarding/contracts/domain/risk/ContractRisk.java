package org.familysafeguarding.contracts.domain.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entry of a contract's risk register. */
@Entity
@Table(name = "contract_risk")
public class ContractRisk {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    /** Kept beside the contract id so a council's overdue reviews are one indexed query. */
    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private int impact;

    @Column(nullable = false)
    private int probability;

    @Column(nullable = false)
    private int score;

    private String mitigation;

    @Column(nullable = false)
    private String owner;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ContractRisk() {}

    public static ContractRisk raise(UUID contractId, String councilCode, RiskAssessment assessment, Instant now) {
        var risk = new ContractRisk();
        risk.id = UUID.randomUUID();
        risk.contractId = contractId;
        risk.councilCode = councilCode;
        risk.createdAt = now;
        risk.revise(assessment, now);
        return risk;
    }

    public void revise(RiskAssessment assessment, Instant now) {
        this.description = assessment.description().strip();
        this.impact = assessment.impact();
        this.probability = assessment.probability();
        this.score = assessment.score();
        this.mitigation = assessment.mitigation();
        this.owner = assessment.owner().strip();
        this.reviewDate = assessment.reviewDate();
        this.updatedAt = now;
    }

    public boolean reviewOverdueOn(LocalDate today) {
        return reviewDate.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String councilCode() {
        return councilCode;
    }

    public String description() {
        return description;
    }

    public int impact() {
        return impact;
    }

    public int probability() {
        return probability;
    }

    public int score() {
        return score;
    }

    public String mitigation() {
        return mitigation;
    }

    public String owner() {
        return owner;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public long version() {
        return version;
    }
}
