package org.familysafeguarding.contracts.domain.procurement;

import java.math.BigDecimal;

/**
 * A council's decision thresholds as partners-service publishes them: a value from which a decision
 * is a key decision, up to which an officer decides, up to which a cabinet member decides; above
 * that, Cabinet.
 */
public record CouncilDecisionThresholds(BigDecimal keyDecision, BigDecimal officerUpTo, BigDecimal cabinetMemberUpTo) {

    public DecisionLevel levelFor(BigDecimal value) {
        if (value.compareTo(officerUpTo) <= 0) {
            return DecisionLevel.OFFICER;
        }
        return value.compareTo(cabinetMemberUpTo) <= 0 ? DecisionLevel.CABINET_MEMBER : DecisionLevel.CABINET;
    }

    public boolean isKeyDecision(BigDecimal value) {
        return value.compareTo(keyDecision) >= 0;
    }
}
