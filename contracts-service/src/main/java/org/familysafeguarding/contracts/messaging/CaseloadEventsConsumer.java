package org.familysafeguarding.contracts.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.contracts.messaging.inbound.InterventionRecorded;
import org.familysafeguarding.contracts.messaging.inbound.InterventionVoided;
import org.familysafeguarding.contracts.service.InterventionCounter;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;
import org.familysafeguarding.platform.inbox.InboundEvent;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code caseload.events} for the interventions KPIs count; other types are passed over. */
@ApplicationScoped
public class CaseloadEventsConsumer {

    private final IdempotentConsumer consumer;
    private final InterventionCounter interventions;

    public CaseloadEventsConsumer(IdempotentConsumer consumer, InterventionCounter interventions) {
        this.consumer = consumer;
        this.interventions = interventions;
    }

    @Incoming("caseload-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, this::apply);
    }

    private void apply(InboundEvent event) {
        switch (event.type()) {
            case InterventionRecorded.TYPE -> interventions.record(consumer.read(event, InterventionRecorded.class));
            case InterventionVoided.TYPE -> interventions.record(consumer.read(event, InterventionVoided.class));
            default -> {
                // not of interest to this service
            }
        }
    }
}
