package org.familysafeguarding.contracts.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.messaging.event.ContractsEvent;
import org.familysafeguarding.contracts.service.ContractsEvents;
import org.familysafeguarding.platform.outbox.Outbox;

/** Publishes through the outbox, so an event leaves only if the change it reports commits. */
@ApplicationScoped
public class ContractsEventPublisher implements ContractsEvents {

    private final Outbox outbox;

    public ContractsEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ContractsEvent event) {
        outbox.append(event.aggregateId(), event.type(), event);
    }
}
