package org.familysafeguarding.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.familysafeguarding.platform.audit.AuditTrail.AuditAppended;
import org.familysafeguarding.platform.support.Wakeable;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Seals audit entries into the chain ({@link AuditTrail#seal()}) as soon as the access that appended
 * them commits, and every half second besides, for entries whose instance died between commit and
 * seal, or that another instance was sealing at the time.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final AuditTrail audit;
    private final Wakeable wakeable;

    public AuditSealer(AuditTrail audit) {
        this.audit = audit;
        this.wakeable = new Wakeable("audit-sealer", this::sealPending);
    }

    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditAppended event) {
        wakeable.wake();
    }

    @Scheduled(
            every = "${platform.audit.seal-interval:0.5s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealOnSchedule() {
        wakeable.wake();
    }

    private void sealPending() {
        try {
            audit.seal();
        } catch (RuntimeException e) {
            // The batch rolled back and stays unsealed; the next wake tries again.
            LOG.warnf("Audit sealing paused: %s", e.getMessage());
        }
    }
}
