package org.familysafeguarding.contracts.domain.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;

/**
 * A decision to move a contract on: to which state, from when, who decided at which level, and
 * the decision report. An award names the provider and the procurement check it rests on.
 *
 * @param awardedAtRisk the council awards although the check refused the route (recorded, with the
 *        reason, as an award at risk of challenge - the register keeps what was decided)
 */
public record TransitionDecision(
        ContractState to,
        LocalDate effectiveOn,
        String decisionMaker,
        DecisionLevel decisionLevel,
        String decisionReportRef,
        UUID procurementCheckId,
        UUID agencyId,
        EndReason endReason,
        String reason,
        boolean awardedAtRisk) {

    public TransitionDecision(
            ContractState to,
            LocalDate effectiveOn,
            String decisionMaker,
            DecisionLevel decisionLevel,
            String decisionReportRef,
            UUID procurementCheckId,
            UUID agencyId,
            EndReason endReason,
            String reason) {
        this(
                to,
                effectiveOn,
                decisionMaker,
                decisionLevel,
                decisionReportRef,
                procurementCheckId,
                agencyId,
                endReason,
                reason,
                false);
    }
}
