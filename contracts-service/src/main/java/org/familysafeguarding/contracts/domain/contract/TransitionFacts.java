package org.familysafeguarding.contracts.domain.contract;

import org.familysafeguarding.contracts.domain.procurement.CouncilDecisionThresholds;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;

/**
 * What a transition's rules need to know from outside the contract.
 *
 * @param check the procurement check the decision names (or the one recorded earlier), of the same council; null if none
 * @param agencyKnown whether the provider is a partner agency known here
 * @param agencyAccredited whether the buying council has accredited it on the effective date
 * @param thresholds the council's decision thresholds, null when not known
 */
public record TransitionFacts(
        ProcurementCheck check, boolean agencyKnown, boolean agencyAccredited, CouncilDecisionThresholds thresholds) {}
