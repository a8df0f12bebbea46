package org.familysafeguarding.contracts.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.contract.ContractState;
import org.familysafeguarding.contracts.domain.contract.EndReason;
import org.familysafeguarding.contracts.domain.contract.TransitionDecision;
import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.platform.text.FreeText;

@Schema(description = "A decision to move a contract to its next state.")
public record TransitionRequest(
        @NotNull ContractState to,
        @NotNull LocalDate effectiveOn,

        @Schema(description = "Who took the decision, by role (e.g. Cabinet Member for Children)")
        @NotBlank
        @Size(max = 200)
        String decisionMaker,

        @NotNull DecisionLevel decisionLevel,

        @Schema(description = "Reference of the decision report; required for an award") @Size(max = 200)
        String decisionReportRef,

        @Schema(
                description =
                        "The procurement check the decision rests on; required to go to procurement or award unless recorded before")
        UUID procurementCheckId,

        @Schema(description = "The provider, for an award") UUID agencyId,
        @Schema(description = "Required to end a contract") EndReason endReason,
        @Size(max = 2000) @FreeText String reason,

        @Schema(
                description =
                        "An award the council takes although its procurement check refused the route: recorded as "
                                + "awarded at risk of challenge; needs a reason")
        Boolean awardedAtRisk) {

    public TransitionDecision toDecision() {
        return new TransitionDecision(
                to,
                effectiveOn,
                decisionMaker.strip(),
                decisionLevel,
                decisionReportRef,
                procurementCheckId,
                agencyId,
                endReason,
                reason,
                Boolean.TRUE.equals(awardedAtRisk));
    }
}
