package org.familysafeguarding.platform.audit;

import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The audit tables as the tests see and handle them, each step in a transaction of its own. */
@ApplicationScoped
class AuditLog {

    /** A sealed entry's place in the chain and who it concerns. */
    record Link(long id, long seq, String previousHash, String hash, String organisation, String recordId) {}

    private final EntityManager entityManager;
    private final AuditTrail audit;

    AuditLog(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /**
     * Starts the test from an empty log: the chain is one per database, and a test that breaks it must not leave it
     * broken for the next. The tables refuse TRUNCATE; their owner, this test's role, sets the refusal aside for the
     * moment of the reset, in the same transaction.
     */
    void startEmpty() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_entry disable trigger audit_entry_not_truncated")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_checkpoint disable trigger audit_checkpoint_not_truncated")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("truncate audit_entry, audit_checkpoint restart identity")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_entry enable trigger audit_entry_not_truncated")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_checkpoint enable trigger audit_checkpoint_not_truncated")
                    .executeUpdate();
        });
    }

    /** Appends entries, each in a transaction of its own as each access has; record ids {@code prefix-0, prefix-1...}. */
    void append(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            String recordId = prefix + "-" + i;
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.record(AuditAction.READ, "family-plan", recordId, "child-1"));
        }
    }

    List<Link> chain() {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from AuditEntry e where e.seq is not null order by e.seq", AuditEntry.class)
                        .getResultList()
                        .stream()
                        .map(e -> new Link(e.id, e.seq, e.previousHash, e.hash, e.organisation, e.recordId))
                        .toList());
    }

    long unsealed() {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select count(e) from AuditEntry e where e.seq is null", Long.class)
                        .getSingleResult());
    }

    /**
     * Changes the log as someone holding the table owner's rights could: the append-only trigger switched off for
     * this one transaction. What the chain is there to find.
     */
    void tamper(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                    .executeUpdate();
            entityManager.createNativeQuery(sql).executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                    .executeUpdate();
        });
    }

    /** Rewrites a sealed entry and gives it the hash its new content has, as a forger who knows the hashing would. */
    String forge(long seq, Consumer<AuditEntry> change) {
        AuditEntry entry = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from AuditEntry e where e.seq = :seq", AuditEntry.class)
                        .setParameter("seq", seq)
                        .getSingleResult());
        change.accept(entry);
        entry.hash = AuditTrail.hash(entry);
        tamper("update audit_entry set username = '%s', previous_hash = '%s', hash = '%s' where seq = %d"
                .formatted(entry.username, entry.previousHash, entry.hash, seq));
        return entry.hash;
    }
}
