package org.familysafeguarding.contracts.domain.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A procurement decision a council proposes, as the rules need it.
 *
 * @param estimatedLifetimeValue the value of the whole term with every extension, excluding VAT
 * @param vat the VAT payable on it (zero for exempt services); counted where the threshold is VAT-inclusive
 * @param ground required for {@link ProcurementRoute#DIRECT_AWARD}
 * @param waiverReason required for {@link ProcurementRoute#CPR_WAIVER}
 * @param existingLifetimeValue for a replacement on expiry (PSR Direct Award C): the lifetime value of the contract it replaces
 * @param materiallyDifferent whether the new contract is materially different in character from the one it replaces
 * @param procurementCommencedOn the day the procurement commenced (the regime and threshold follow it, not the
 *        decision date); the decision date when not given
 * @param onlyExistingProviderCapable PSR reg 6(3): the existing provider is the only one capable of providing the
 *        services due to their nature (Direct Award A is then mandatory); null when not answered
 * @param patientChoiceOfProviders PSR reg 6(4): patients choose their provider, the number of providers is not
 *        restricted and every provider meeting the requirements is offered a contract (Direct Award B is then
 *        mandatory); null when not answered
 * @param providedForInContract PSR reg 13: the change is provided for in clear, precise and unambiguous terms in
 *        the existing contract (an optional-services clause, say); needed for {@link ProcurementRoute#PSR_MODIFICATION}
 */
public record ProposedDecision(
        String councilCode,
        ServiceType serviceType,
        BigDecimal estimatedLifetimeValue,
        BigDecimal vat,
        LocalDate decisionDate,
        ProcurementRoute route,
        DirectAwardGround ground,
        String waiverReason,
        BigDecimal existingLifetimeValue,
        boolean materiallyDifferent,
        LocalDate procurementCommencedOn,
        Boolean onlyExistingProviderCapable,
        Boolean patientChoiceOfProviders,
        Boolean providedForInContract) {

    public ProposedDecision {
        vat = vat == null ? BigDecimal.ZERO : vat;
        procurementCommencedOn = procurementCommencedOn == null ? decisionDate : procurementCommencedOn;
    }

    /** A decision whose procurement commenced on the decision date, with no PSR condition facts. */
    public ProposedDecision(
            String councilCode,
            ServiceType serviceType,
            BigDecimal estimatedLifetimeValue,
            BigDecimal vat,
            LocalDate decisionDate,
            ProcurementRoute route,
            DirectAwardGround ground,
            String waiverReason,
            BigDecimal existingLifetimeValue,
            boolean materiallyDifferent) {
        this(
                councilCode,
                serviceType,
                estimatedLifetimeValue,
                vat,
                decisionDate,
                route,
                ground,
                waiverReason,
                existingLifetimeValue,
                materiallyDifferent,
                null,
                null,
                null,
                null);
    }
}
