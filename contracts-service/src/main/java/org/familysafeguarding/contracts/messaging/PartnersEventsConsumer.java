package org.familysafeguarding.contracts.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.contracts.messaging.inbound.AgencyRegistered;
import org.familysafeguarding.contracts.service.AgencyDirectory;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;
import org.familysafeguarding.platform.inbox.InboundEvent;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code partners.events}; event types this service has no use for are passed over. */
@ApplicationScoped
public class PartnersEventsConsumer {

    private final IdempotentConsumer consumer;
    private final AgencyDirectory agencies;

    public PartnersEventsConsumer(IdempotentConsumer consumer, AgencyDirectory agencies) {
        this.consumer = consumer;
        this.agencies = agencies;
    }

    @Incoming("partners-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, this::apply);
    }

    private void apply(InboundEvent event) {
        switch (event.type()) {
            case AgencyRegistered.TYPE -> agencies.record(consumer.read(event, AgencyRegistered.class));
            default -> {
                // not of interest to this service
            }
        }
    }
}
