package org.familysafeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.fixtures.OtherInstance;
import org.familysafeguarding.platform.fixtures.Staff;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database refuses any change to the audit log but one: the sequencer's sealing of an unsealed entry, which sets
 * its place and hashes and touches nothing else. Entries that must stay unsealed are appended while another
 * instance holds the sequencer lock.
 */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class AppendOnlyTest {

    private static final String REFUSED = "is append-only";
    private static final String SOME_HASH = "a".repeat(64);

    @Inject
    AuditLog log;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyLog() {
        log.startEmpty();
        Staff.actingAs("asha.patel", "E06000001");
    }

    @Test
    void a_sealed_entry_cannot_be_changed() {
        log.append(1, "plan");
        await().until(() -> log.chain().size() == 1);

        assertThatThrownBy(() -> execute("update audit_entry set username = 'someone.else' where seq = 1"))
                .rootCause()
                .hasMessageContaining(REFUSED);
        assertThatThrownBy(() -> execute("update audit_entry set hash = '" + SOME_HASH + "' where seq = 1"))
                .rootCause()
                .hasMessageContaining(REFUSED);
    }

    @Test
    void a_sealed_entry_cannot_be_sealed_again() {
        log.append(1, "plan");
        await().until(() -> log.chain().size() == 1);

        assertThatThrownBy(() -> execute("update audit_entry set seq = 7 where seq = 1"))
                .rootCause()
                .hasMessageContaining(REFUSED);
    }

    @Test
    void no_entry_can_be_deleted_sealed_or_not() throws Exception {
        log.append(1, "sealed");
        await().until(() -> log.chain().size() == 1);
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "unsealed");

            assertThatThrownBy(() -> execute("delete from audit_entry where record_id = 'sealed-0'"))
                    .rootCause()
                    .hasMessageContaining(REFUSED);
            assertThatThrownBy(() -> execute("delete from audit_entry where record_id = 'unsealed-0'"))
                    .rootCause()
                    .hasMessageContaining(REFUSED);
        }
    }

    @Test
    void the_sequencer_may_give_an_unsealed_entry_its_place_and_hashes() throws Exception {
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "plan");

            execute("update audit_entry set seq = 1, previous_hash = '" + AuditTrail.GENESIS + "', hash = '" + SOME_HASH
                    + "' where record_id = 'plan-0'");

            assertThat(log.chain()).extracting(AuditLog.Link::hash).containsExactly(SOME_HASH);
        }
    }

    @Test
    void sealing_cannot_carry_any_other_change() throws Exception {
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "plan");

            assertThatThrownBy(() -> execute("update audit_entry set seq = 1, previous_hash = '" + AuditTrail.GENESIS
                            + "', hash = '" + SOME_HASH + "', outcome = 'DENIED' where record_id = 'plan-0'"))
                    .rootCause()
                    .hasMessageContaining(REFUSED);
        }
    }

    @Test
    void an_unsealed_entry_cannot_be_changed_or_half_sealed() throws Exception {
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "plan");

            assertThatThrownBy(() ->
                            execute("update audit_entry set username = 'someone.else' where record_id = 'plan-0'"))
                    .rootCause()
                    .hasMessageContaining(REFUSED);
            assertThatThrownBy(() -> execute("update audit_entry set seq = 1 where record_id = 'plan-0'"))
                    .rootCause()
                    .hasMessageContaining(REFUSED);
        }
    }

    @Test
    void a_checkpoint_cannot_be_changed_or_removed() {
        execute("insert into audit_checkpoint (verified_at, seq, hash) values (now(), 0, '" + AuditTrail.GENESIS
                + "')");

        assertThatThrownBy(() -> execute("update audit_checkpoint set seq = 99"))
                .rootCause()
                .hasMessageContaining(REFUSED);
        assertThatThrownBy(() -> execute("delete from audit_checkpoint"))
                .rootCause()
                .hasMessageContaining(REFUSED);
    }

    @Test
    void neither_the_log_nor_its_checkpoints_can_be_truncated() {
        log.append(1, "plan");
        await().until(() -> log.chain().size() == 1);

        assertThatThrownBy(() -> execute("truncate audit_entry"))
                .rootCause()
                .hasMessageContaining("audit_entry " + REFUSED);
        assertThatThrownBy(() -> execute("truncate audit_checkpoint"))
                .rootCause()
                .hasMessageContaining("audit_checkpoint " + REFUSED);
        assertThat(log.chain()).hasSize(1);
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
