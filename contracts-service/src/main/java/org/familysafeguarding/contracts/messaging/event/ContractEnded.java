package org.familysafeguarding.contracts.messaging.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The contract ended (EXPIRED, TERMINATED or DECOMMISSIONED); the agency is no longer commissioned by it. */
public record ContractEnded(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        String serviceType,
        List<String> services,
        LocalDate endedOn,
        String endReason)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-ended.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
