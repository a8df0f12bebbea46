package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.intervention.Intervention;

/** A recorded intervention was withdrawn as entered in error; counters take it off again. */
public record InterventionVoided(
        UUID interventionId,
        String councilCode,
        UUID agencyId,
        UUID practitionerId,
        String type,
        LocalDate occurredOn,
        Instant voidedAt)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-voided.v1";

    public static InterventionVoided of(Intervention intervention) {
        return new InterventionVoided(
                intervention.id(),
                intervention.councilCode(),
                intervention.agencyId(),
                intervention.practitionerId(),
                intervention.type().name(),
                intervention.occurredOn(),
                intervention.voidedAt());
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
