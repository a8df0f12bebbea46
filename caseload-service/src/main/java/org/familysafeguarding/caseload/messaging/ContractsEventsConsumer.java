package org.familysafeguarding.caseload.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.caseload.messaging.inbound.ContractEnded;
import org.familysafeguarding.caseload.messaging.inbound.ContractWentLive;
import org.familysafeguarding.caseload.service.CommissionRegister;
import org.familysafeguarding.platform.inbox.IdempotentConsumer;
import org.familysafeguarding.platform.inbox.InboundEvent;

import io.smallrye.common.annotation.Blocking;

/** Follows {@code contracts.events}: which agency is commissioned for which services where. */
@ApplicationScoped
public class ContractsEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CommissionRegister commissions;

    public ContractsEventsConsumer(IdempotentConsumer consumer, CommissionRegister commissions) {
        this.consumer = consumer;
        this.commissions = commissions;
    }

    @Incoming("contracts-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return consumer.consume(message, this::apply);
    }

    private void apply(InboundEvent event) {
        switch (event.type()) {
            case ContractWentLive.TYPE -> commissions.record(consumer.read(event, ContractWentLive.class));
            case ContractEnded.TYPE -> commissions.record(consumer.read(event, ContractEnded.class));
            default -> {
                // awards and other contract events are not of interest to this service
            }
        }
    }
}
