package org.familysafeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** What an entry's hash covers: everything the chain vouches for, in a form that must never change. */
class AuditEntryHashTest {

    @Test
    void the_hash_is_the_sha256_of_the_fields_in_their_fixed_order() {
        // computed outside Java (sha256sum of the '|'-joined fields): a change of the form would break every chain
        // sealed
        assertThat(AuditTrail.hash(entry()))
                .isEqualTo("5ab6e4870b5d4764f7cc876f964b79b014c462d28fb109eb377152bd8b8431a3");
    }

    @Test
    void a_change_to_any_field_the_chain_vouches_for_changes_the_hash() {
        String original = AuditTrail.hash(entry());
        List<Consumer<AuditEntry>> changes = List.of(
                e -> e.seq = 4L,
                e -> e.occurredAt = e.occurredAt.plusNanos(1_000),
                e -> e.username = "someone.else",
                e -> e.roles = "auditor,social-worker",
                e -> e.organisation = "E08000025",
                e -> e.recordType = "case-note",
                e -> e.recordId = "plan-8",
                e -> e.childId = "child-2",
                e -> e.childId = null,
                e -> e.action = AuditAction.EXPORT,
                e -> e.outcome = "DENIED",
                e -> e.requestId = "req-2",
                e -> e.previousHash = "1".repeat(64));

        for (Consumer<AuditEntry> change : changes) {
            AuditEntry changed = entry();
            change.accept(changed);
            assertThat(AuditTrail.hash(changed)).isNotEqualTo(original);
        }
    }

    private static AuditEntry entry() {
        AuditEntry entry = new AuditEntry();
        entry.id = 42L;
        entry.seq = 3L;
        entry.occurredAt = Instant.parse("2026-03-02T10:15:30.123456Z");
        entry.username = "asha.patel";
        entry.roles = "social-worker";
        entry.organisation = "E06000001";
        entry.recordType = "family-plan";
        entry.recordId = "plan-7";
        entry.childId = "child-1";
        entry.action = AuditAction.READ;
        entry.outcome = "ALLOWED";
        entry.requestId = "req-1";
        entry.previousHash = "0".repeat(64);
        return entry;
    }
}
