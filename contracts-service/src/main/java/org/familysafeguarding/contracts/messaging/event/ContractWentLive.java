package org.familysafeguarding.contracts.messaging.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The agency now provides the service for the council: it is commissioned for that service type there. */
public record ContractWentLive(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        String serviceType,
        List<String> services,
        LocalDate liveOn,
        LocalDate initialEndDate)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-went-live.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
