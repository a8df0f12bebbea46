package org.familysafeguarding.contracts.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

/** A commissioned contract ends within {@code withinDays} (180, 90 or 30) days. */
public record ContractEndDrewNear(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        LocalDate endsOn,
        int withinDays,
        long daysLeft,
        int extensionOptionsLeft)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.contract-ending-soon.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
