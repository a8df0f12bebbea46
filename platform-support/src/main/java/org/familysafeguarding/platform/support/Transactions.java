package org.familysafeguarding.platform.support;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Two things the outbox and the audit chain both do with the transaction they run in. */
public final class Transactions {

    private Transactions() {}

    /**
     * Fires {@code payload} the first time it is asked for in the current transaction and not again,
     * so an observer woken after the commit runs once however many rows the transaction appended.
     */
    public static <T> void fireOncePerTransaction(
            TransactionSynchronizationRegistry transactions, Event<T> event, T payload) {
        if (transactions.getResource(payload.getClass()) == null) {
            transactions.putResource(payload.getClass(), Boolean.TRUE);
            event.fire(payload);
        }
    }

    /**
     * Takes the PostgreSQL advisory lock {@code key} for the current transaction if no other session
     * holds it; false at once otherwise. It is released when the transaction ends, or its connection does.
     */
    public static boolean tryAdvisoryLock(EntityManager entityManager, long key) {
        return (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult();
    }
}
