package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.intervention.Intervention;

/** An allocated practitioner recorded an intervention with an adult; {@code occurredOn} decides the quarter it counts in. */
public record InterventionRecorded(UUID interventionId, String councilCode, UUID agencyId, UUID practitionerId,
        String type, LocalDate occurredOn, int durationMinutes, Instant recordedAt) implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-recorded.v1";

    public static InterventionRecorded of(Intervention intervention) {
        return new InterventionRecorded(intervention.id(), intervention.councilCode(), intervention.agencyId(),
                intervention.practitionerId(), intervention.type().name(), intervention.occurredOn(),
                intervention.durationMinutes(), intervention.recordedAt());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return interventionId.toString();
    }
}
