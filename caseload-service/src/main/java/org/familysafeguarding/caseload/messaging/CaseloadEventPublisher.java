package org.familysafeguarding.caseload.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.messaging.event.CaseloadEvent;
import org.familysafeguarding.caseload.service.CaseloadEvents;
import org.familysafeguarding.platform.outbox.Outbox;

/** Publishes through the outbox, so an event leaves only if the change it reports commits. */
@ApplicationScoped
public class CaseloadEventPublisher implements CaseloadEvents {

    private final Outbox outbox;

    public CaseloadEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(CaseloadEvent event) {
        outbox.append(event.aggregateId(), event.eventType(), event);
    }
}
