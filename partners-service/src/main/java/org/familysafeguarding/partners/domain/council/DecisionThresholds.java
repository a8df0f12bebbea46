package org.familysafeguarding.partners.domain.council;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a council's constitution says about who decides: a value from which a decision is a key
 * decision, up to which an officer decides, up to which a cabinet member decides; above that, Cabinet.
 */
@Embeddable
public record DecisionThresholds(
        @Column(name = "key_decision_threshold", nullable = false)
        BigDecimal keyDecision,

        @Column(name = "officer_up_to", nullable = false) BigDecimal officerUpTo,

        @Column(name = "cabinet_member_up_to", nullable = false)
        BigDecimal cabinetMemberUpTo) {

    public DecisionThresholds {
        if (keyDecision == null || officerUpTo == null || cabinetMemberUpTo == null) {
            throw new CouncilRuleViolated("thresholds-required", "All three decision thresholds are required.");
        }
        if (keyDecision.signum() < 0 || officerUpTo.signum() < 0 || cabinetMemberUpTo.signum() < 0) {
            throw new CouncilRuleViolated("negative-threshold", "Decision thresholds cannot be negative.");
        }
        if (officerUpTo.compareTo(cabinetMemberUpTo) > 0) {
            throw new CouncilRuleViolated(
                    "thresholds-out-of-order", "An officer's limit cannot exceed a cabinet member's.");
        }
    }
}
