package org.familysafeguarding.contracts.messaging.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A council awarded a contract for a service type to a partner agency. */
public record ContractAwarded(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        String serviceType,
        List<String> services,
        LocalDate awardedOn,
        LocalDate startDate,
        LocalDate initialEndDate,
        LocalDate latestPossibleEnd)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-awarded.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
