package org.familysafeguarding.partners.audit;

import java.time.Duration;
import java.util.List;

import org.familysafeguarding.platform.audit.AuditEntry;
import org.familysafeguarding.platform.audit.AuditTrail;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A child's audit entries once the sequencer has sealed them all (it runs as each access commits). */
final class SealedEntries {

    private SealedEntries() {}

    static List<AuditEntry> of(AuditTrail audit, String child) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            audit.seal();
            List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> audit.forChild(child, 0, 1000));
            if (entries.stream().allMatch(AuditEntry::sealed) || System.nanoTime() > deadline) {
                return entries;
            }
            Thread.onSpinWait();
        }
    }
}
