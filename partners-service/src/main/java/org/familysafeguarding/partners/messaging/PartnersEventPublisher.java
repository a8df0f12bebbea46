package org.familysafeguarding.partners.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.partners.messaging.event.PartnersEvent;
import org.familysafeguarding.partners.service.PartnersEvents;
import org.familysafeguarding.platform.outbox.Outbox;

/** Publishes through the outbox, so an event leaves only if the change it reports commits. */
@ApplicationScoped
public class PartnersEventPublisher implements PartnersEvents {

    private final Outbox outbox;

    public PartnersEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PartnersEvent event) {
        outbox.append(event.aggregateId(), event.type(), event);
    }
}
