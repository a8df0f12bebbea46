package org.familysafeguarding.platform.inbox;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Applies an incoming CloudEvent at most once: the event's effect and the record that it was
 * applied commit in one transaction. A failing event is retried a bounded number of times, then
 * nacked so that the channel's dead-letter strategy takes it; an unreadable one goes there at once.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper objectMapper;
    private final Guard retries = Guard.create()
            .withRetry()
            .maxRetries(3)
            .delay(200, ChronoUnit.MILLIS)
            .abortOn(UnreadableEvent.class)
            .done()
            .build();

    public IdempotentConsumer(Inbox inbox, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.objectMapper = objectMapper;
    }

    public CompletionStage<Void> consume(Message<String> message, Consumer<InboundEvent> effect) {
        try {
            InboundEvent event = InboundEvent.of(message);
            boolean applied = retries.get(
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        if (!inbox.firstDelivery(event.id(), event.type())) {
                            return false;
                        }
                        effect.accept(event);
                        return true;
                    }),
                    Boolean.class);
            if (!applied) {
                LOG.debugf("Event %s (%s) was already applied; redelivery ignored", event.id(), event.type());
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("Event refused after retries, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    /** Reads the event's JSON data into the consumer's own tolerant copy of the publisher's record. */
    public <T> T read(InboundEvent event, Class<T> type) {
        if (event.data() == null) {
            throw new UnreadableEvent("event " + event.id() + " has no data");
        }
        try {
            return objectMapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent(
                    "event " + event.id() + " is not a readable " + type.getSimpleName() + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }
}
