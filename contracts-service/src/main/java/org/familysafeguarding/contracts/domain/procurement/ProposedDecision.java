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
 */
public record ProposedDecision(String councilCode, ServiceType serviceType, BigDecimal estimatedLifetimeValue,
        BigDecimal vat, LocalDate decisionDate, ProcurementRoute route, DirectAwardGround ground, String waiverReason,
        BigDecimal existingLifetimeValue, boolean materiallyDifferent) {

    public ProposedDecision {
        vat = vat == null ? BigDecimal.ZERO : vat;
    }
}
