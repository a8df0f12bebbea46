package org.familysafeguarding.contracts.readmodel;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.kpi.RecordedIntervention;
import org.familysafeguarding.contracts.domain.kpi.RecordedInterventionRepository;
import org.familysafeguarding.contracts.messaging.inbound.InterventionRecorded;
import org.familysafeguarding.contracts.messaging.inbound.InterventionVoided;
import org.familysafeguarding.platform.inbox.UnreadableEvent;

/**
 * Keeps the interventions caseload-service records, to count them against KPIs. One row per
 * intervention: the same recording twice counts once, and a voided one stops counting (also when
 * the void arrives first).
 */
@ApplicationScoped
public class InterventionDirectory {

    private final RecordedInterventionRepository interventions;
    private final Clock clock;

    public InterventionDirectory(RecordedInterventionRepository interventions, Clock clock) {
        this.interventions = interventions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InterventionRecorded event) {
        require(
                event.interventionId() != null
                        && event.councilCode() != null
                        && event.agencyId() != null
                        && event.type() != null
                        && event.occurredOn() != null,
                "intervention-recorded");
        if (interventions.findByIdOptional(event.interventionId()).isEmpty()) {
            interventions.persist(RecordedIntervention.of(
                            event.interventionId(),
                            event.councilCode(),
                            event.agencyId(),
                            event.type(),
                            event.occurredOn(),
                            Instant.now(clock))
                    .servingFor(event.service(), event.familyId()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InterventionVoided event) {
        require(
                event.interventionId() != null
                        && event.councilCode() != null
                        && event.agencyId() != null
                        && event.type() != null
                        && event.occurredOn() != null,
                "intervention-voided");
        Instant now = Instant.now(clock);
        RecordedIntervention intervention = interventions
                .findByIdOptional(event.interventionId())
                .orElseGet(() -> {
                    RecordedIntervention unseen = RecordedIntervention.of(
                            event.interventionId(),
                            event.councilCode(),
                            event.agencyId(),
                            event.type(),
                            event.occurredOn(),
                            now);
                    interventions.persist(unseen);
                    return unseen;
                });
        intervention.voided(event.voidedAt(), now);
    }

    private static void require(boolean complete, String type) {
        if (!complete) {
            throw new UnreadableEvent(type + " event lacks interventionId, councilCode, agencyId, type or occurredOn");
        }
    }
}
