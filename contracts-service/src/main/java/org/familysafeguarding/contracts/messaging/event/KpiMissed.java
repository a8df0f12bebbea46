package org.familysafeguarding.contracts.messaging.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A contract's quarter closed with a KPI below its target: counts and rating only. */
public record KpiMissed(
        UUID contractId,
        String councilCode,
        UUID agencyId,
        String quarter,
        LocalDate quarterStart,
        LocalDate quarterEnd,
        String interventionType,
        int target,
        long actual,
        BigDecimal percentOfTarget,
        String rating)
        implements ContractsEvent {

    public static final String TYPE = "org.familysafeguarding.contracts.kpi-missed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
