package org.familysafeguarding.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The outbox table as the tests see it, each read or write in a transaction of its own. */
@ApplicationScoped
class OutboxRows {

    private final EntityManager entityManager;

    OutboxRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    long unpublished(String aggregate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery(
                                "select count(m) from OutboxMessage m where m.aggregateId = :aggregate and m.publishedAt is null",
                                Long.class)
                        .setParameter("aggregate", aggregate)
                        .getSingleResult());
    }

    boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(OutboxMessage.class, id) != null);
    }

    /** A row as another instance (or an older one) wrote it: no wake of this instance's relay follows. */
    UUID insert(String aggregate, String type, String payload, Instant occurredAt, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                insert into outbox_message (id, aggregate_id, event_type, payload, occurred_at, published_at)
                values (:id, :aggregate, :type, :payload, :occurred, :published)""")
                        .setParameter("id", id)
                        .setParameter("aggregate", aggregate)
                        .setParameter("type", type)
                        .setParameter("payload", payload)
                        .setParameter("occurred", occurredAt)
                        .setParameter("published", publishedAt)
                        .executeUpdate());
        return id;
    }

    /**
     * The relay dies the next {@code times} it tries to mark a batch holding this aggregate's messages: after Kafka
     * acknowledged them, before the batch's transaction commits (test migration V1).
     */
    void relayDiesBeforeMarking(String aggregate, int times) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                insert into relay_dies_before_marking (aggregate_id, dies_until_attempt)
                values (:aggregate, nextval('relay_marking_attempt') + :times)""")
                        .setParameter("aggregate", aggregate)
                        .setParameter("times", times)
                        .executeUpdate());
    }
}
