package org.familysafeguarding.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Walks the whole audit chain on a schedule and, when it is intact, keeps its head as the checkpoint
 * from which auditors' cheap checks start ({@link AuditTrail#verificationFor}). A broken chain is
 * logged as an error for the platform's operators.
 */
@ApplicationScoped
public class AuditVerificationJob {

    private static final Logger LOG = Logger.getLogger(AuditVerificationJob.class);

    private final AuditTrail audit;

    public AuditVerificationJob(AuditTrail audit) {
        this.audit = audit;
    }

    @Scheduled(every = "${platform.audit.full-verification-every:10m}", delayed = "${platform.audit.full-verification-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verifyAll() {
        AuditVerification found = audit.verification();
        if (!found.intact()) {
            LOG.errorf("The audit chain is not intact: %s", found.problem());
        }
    }
}
