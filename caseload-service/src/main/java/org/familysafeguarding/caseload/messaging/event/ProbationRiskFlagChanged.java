package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;

/**
 * A probation risk flag on an adult was raised, updated, closed or removed, and the workers
 * allocated to the family were told (their notification lists). No CRN, adult or family: a
 * notifier that alerts the practitioners needs only whom to tell and what kind of flag.
 */
public record ProbationRiskFlagChanged(
        UUID riskFlagId,
        String councilCode,
        String flag,
        String change,
        List<UUID> notifiedPractitionerIds,
        Instant occurredAt)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.probation-risk-flag-changed.v1";

    public static ProbationRiskFlagChanged of(
            ProbationRiskFlag flag, RiskFlagChange.Kind change, List<UUID> notified, Instant occurredAt) {
        return new ProbationRiskFlagChanged(
                flag.id(), flag.councilCode(), flag.flag().name(), change.name(), List.copyOf(notified), occurredAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return riskFlagId.toString();
    }
}
