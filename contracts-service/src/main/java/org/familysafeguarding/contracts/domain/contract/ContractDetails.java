package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.familysafeguarding.contracts.domain.procurement.ServiceType;

/**
 * What a commissioner writes in the register for a contract; the provider may be unknown until award.
 * {@code services} are the partner service types bought, at least one.
 */
public record ContractDetails(
        String title,
        String description,
        ServiceType serviceType,
        UUID agencyId,
        Term term,
        BigDecimal annualValue,
        VatBasis vatBasis,
        Set<CommissionedService> services) {}
