package org.familysafeguarding.platform.audit;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familysafeguarding.platform.schedule.ScheduledRuns;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Walks the whole audit chain on a schedule and, when it is intact, keeps its head as the checkpoint
 * from which auditors' cheap checks start ({@link AuditTrail#verificationFor}). A broken chain is
 * logged as an error for the platform's operators. One instance of the service walks it each period
 * ({@link ScheduledRuns}).
 */
@ApplicationScoped
public class AuditVerificationJob {

    private static final Logger LOG = Logger.getLogger(AuditVerificationJob.class);

    private final AuditTrail audit;
    private final ScheduledRuns runs;
    private final Duration every;

    public AuditVerificationJob(
            AuditTrail audit,
            ScheduledRuns runs,
            @ConfigProperty(name = "platform.audit.full-verification-every", defaultValue = "10m") Duration every) {
        this.audit = audit;
        this.runs = runs;
        this.every = every;
    }

    @Scheduled(
            every = "${platform.audit.full-verification-every:10m}",
            delayed = "${platform.audit.full-verification-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verifyAll() {
        if (!runs.claim("audit-verification", every, Instant.now())) {
            return;
        }
        audit.seal(); // what is waiting now is sealed first; an entry still unsealed after that is a finding
        AuditVerification found = audit.verification();
        if (!found.intact()) {
            LOG.errorf("The audit chain is not intact: %s", found.problem());
        }
    }
}
