package org.familysafeguarding.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has applied. Called in the same transaction as the event's
 * effect, so an event is applied exactly once however often Kafka delivers it.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true the first time this event id is seen, false for a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String eventType) {
        int inserted = entityManager
                .createNativeQuery("""
                insert into processed_event (event_id, event_type, processed_at)
                values (:id, :type, now()) on conflict (event_id) do nothing""")
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
