package org.familysafeguarding.contracts.messaging.event;

import java.time.LocalDate;
import java.util.UUID;

/** A commissioned contract's extension must be decided within {@code withinDays} (180, 90 or 30) days. */
public record ExtensionDecisionFellDue(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        LocalDate decisionBy,
        int withinDays,
        long daysLeft,
        LocalDate currentEnd,
        int extensionOptionsLeft)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.extension-decision-due.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
