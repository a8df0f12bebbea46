package org.familysafeguarding.contracts.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.contracts.messaging.inbound.InterventionRecorded;
import org.familysafeguarding.contracts.messaging.inbound.InterventionVoided;
import org.familysafeguarding.contracts.readmodel.InterventionDirectory;
import org.familysafeguarding.platform.inbox.EventHandlers;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code caseload.events} for the interventions KPIs count. */
@ApplicationScoped
public class CaseloadEventsConsumer {

    private static final String PREFIX = "org.familysafeguarding.caseload.";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public CaseloadEventsConsumer(IdempotentConsumer consumer, InterventionDirectory interventions) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on("caseload.events")
                .handle(
                        InterventionRecorded.TYPE,
                        e -> interventions.record(consumer.read(e, InterventionRecorded.class)))
                .handle(InterventionVoided.TYPE, e -> interventions.record(consumer.read(e, InterventionVoided.class)))
                .ignore(PREFIX + "group-supervision-agreed.v1", "no KPI counts supervision sessions")
                .ignore(PREFIX + "workbook-module-completed.v1", "no KPI counts workbook modules")
                .ignore(
                        PREFIX + "nhs-referral-received.v1",
                        "referrals are caseload-service's to allocate, not counted")
                .ignore(
                        PREFIX + "probation-risk-flag-changed.v1",
                        "tells a family's workers of a flag; nothing to count")
                .build();
    }

    @Incoming("caseload-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, handlers::apply);
    }

    /** What this consumer does with each type of the topic; its test holds it against caseload-service's catalogue. */
    EventHandlers handlers() {
        return handlers;
    }
}
