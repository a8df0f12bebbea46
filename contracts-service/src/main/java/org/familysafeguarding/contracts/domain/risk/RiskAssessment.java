package org.familysafeguarding.contracts.domain.risk;

import java.time.LocalDate;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;

/** What is written about a risk: impact and probability each 0-5, their product the score. */
public record RiskAssessment(
        String description, int impact, int probability, String mitigation, String owner, LocalDate reviewDate) {

    public RiskAssessment {
        if (impact < 0 || impact > 5 || probability < 0 || probability > 5) {
            throw new ContractRuleViolated("risk-scale", "Impact and probability are each from 0 to 5.");
        }
    }

    public int score() {
        return impact * probability;
    }
}
