package org.familysafeguarding.caseload.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.caseload.messaging.inbound.ContractEnded;
import org.familysafeguarding.caseload.messaging.inbound.ContractWentLive;
import org.familysafeguarding.caseload.readmodel.CommissionDirectory;
import org.familysafeguarding.platform.inbox.EventHandlers;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code contracts.events}: which agency is commissioned for which services where. */
@ApplicationScoped
public class ContractsEventsConsumer {

    private static final String PREFIX = "org.familysafeguarding.contracts.";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ContractsEventsConsumer(IdempotentConsumer consumer, CommissionDirectory commissions) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on("contracts.events")
                .handle(ContractWentLive.TYPE, e -> commissions.record(consumer.read(e, ContractWentLive.class)))
                .handle(ContractEnded.TYPE, e -> commissions.record(consumer.read(e, ContractEnded.class)))
                .ignore(PREFIX + "contract-awarded.v1", "an awarded contract commissions no one until it goes live")
                .ignore(
                        PREFIX + "kpi-missed.v1",
                        "a contract's performance is contracts-service's and the council's business")
                .ignore(
                        PREFIX + "contract-ending-soon.v1",
                        "an alert for commissioners; a commission ends with contract-ended")
                .ignore(
                        PREFIX + "extension-decision-due.v1",
                        "an alert for commissioners; an extension moves no commission")
                .build();
    }

    @Incoming("contracts-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, handlers::apply);
    }

    /** What this consumer does with each type of the topic; its test holds it against contracts-service's catalogue. */
    EventHandlers handlers() {
        return handlers;
    }
}
