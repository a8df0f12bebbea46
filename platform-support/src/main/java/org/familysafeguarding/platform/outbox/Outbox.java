package org.familysafeguarding.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.familysafeguarding.platform.support.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appends events to the transactional outbox; {@link OutboxRelay} sends them on as soon as the transaction commits. */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxAppended> appended;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            Event<OutboxAppended> appended,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.appended = appended;
        this.transactions = transactions;
    }

    /** Fired in the transaction that appended a message; the relay observes it after the commit. */
    public record OutboxAppended() {}

    /** Must run inside the transaction that makes the change the event reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateId, String eventType, Object payload) {
        var message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.aggregateId = aggregateId;
        message.eventType = eventType;
        message.payload = toJson(payload);
        message.occurredAt = Instant.now();
        entityManager.persist(message);
        // once per transaction: the relay takes all it appended
        Transactions.fireOncePerTransaction(transactions, appended, new OutboxAppended());
        return message.id;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
