package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.allocation.Specialism;
import org.familysafeguarding.caseload.domain.intervention.Intervention;

/**
 * An allocated practitioner recorded an intervention with an adult; {@code occurredOn} decides the
 * quarter it counts in. {@code service} is the partner service the allocation is for (the
 * commissioned service of its specialism; null for the family's lead social worker), so that
 * contracts-service counts it only for the contract buying that service; {@code familyId} lets a
 * family event (a home visit with both parents) count once. Both were added to v1 as optional fields.
 */
public record InterventionRecorded(
        UUID interventionId,
        String councilCode,
        UUID agencyId,
        UUID practitionerId,
        String type,
        LocalDate occurredOn,
        int durationMinutes,
        Instant recordedAt,
        String service,
        UUID familyId)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.intervention-recorded.v1";

    public static InterventionRecorded of(Intervention intervention, Specialism specialism) {
        return new InterventionRecorded(
                intervention.id(),
                intervention.councilCode(),
                intervention.agencyId(),
                intervention.practitionerId(),
                intervention.type().name(),
                intervention.occurredOn(),
                intervention.durationMinutes(),
                intervention.recordedAt(),
                specialism.commissionedService().orElse(null),
                intervention.familyId());
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
