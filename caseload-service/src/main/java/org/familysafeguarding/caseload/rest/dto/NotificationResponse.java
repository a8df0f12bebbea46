package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.probation.WorkerNotification;

public record NotificationResponse(
        UUID id, String kind, UUID adultId, UUID familyId, UUID riskFlagId, String flag, Instant createdAt) {

    public static NotificationResponse of(WorkerNotification n) {
        return new NotificationResponse(
                n.id(),
                "PROBATION_RISK_FLAG_" + n.kind().name(),
                n.adultId(),
                n.familyId(),
                n.flagId(),
                n.flag() == null ? null : n.flag().name(),
                n.createdAt());
    }
}
