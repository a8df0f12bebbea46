package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.procurement.ServiceType;

/** What a commissioner writes in the register for a contract; the provider may be unknown until award. */
public record ContractDetails(String title, String description, ServiceType serviceType, UUID agencyId, Term term,
        BigDecimal annualValue, VatBasis vatBasis) {
}
