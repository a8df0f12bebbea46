package org.familysafeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.familysafeguarding.platform.audit.AuditLog.Link;
import org.familysafeguarding.platform.fixtures.OtherInstance;
import org.familysafeguarding.platform.fixtures.Staff;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Entries are appended without a lock and sealed into the hash chain afterwards, in order and in batches, by one
 * sequencer at a time; whatever the interleaving, every entry gets one place and the chain holds.
 */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class AuditSealingTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyLog() {
        log.startEmpty();
        Staff.actingAs("asha.patel", "E06000001");
    }

    @Test
    void seals_each_entry_soon_after_its_access_commits_in_the_order_appended() {
        log.append(10, "plan");

        await().until(() -> log.chain().size() == 10);
        List<Link> chain = log.chain();
        assertThat(chain)
                .extracting(Link::recordId)
                .containsExactly(
                        "plan-0", "plan-1", "plan-2", "plan-3", "plan-4", "plan-5", "plan-6", "plan-7", "plan-8",
                        "plan-9");
        assertLinked(chain);
        assertThat(audit.verification().intact()).isTrue();
    }

    @Test
    void seals_a_backlog_larger_than_a_batch_into_one_unbroken_chain_in_transactions_of_at_most_500() throws Exception {
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 1_100; i++) {
                    audit.record(AuditAction.EXPORT, "family-plan", "export-" + i, "child-1");
                }
            });
            assertThat(audit.seal()).as("sealed while another instance seals").isZero();
            assertThat(log.unsealed()).isEqualTo(1_100);
        }

        await().until(() -> log.unsealed() == 0);
        List<Link> chain = log.chain();
        assertThat(chain)
                .extracting(Link::seq)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 1_100).boxed().toList());
        assertThat(chain).isSortedAccordingTo(Comparator.comparing(Link::id));
        assertLinked(chain);
        assertThat(sealedPerTransaction())
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(500))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(audit.verification().intact()).isTrue();
    }

    @Test
    void entries_appended_at_once_by_many_accesses_each_get_one_place_and_each_access_keeps_its_order()
            throws Exception {
        int accesses = 4;
        int entriesEach = 40;
        try (ExecutorService pool = Executors.newFixedThreadPool(accesses)) {
            List<Future<?>> appending = new ArrayList<>();
            for (int access = 0; access < accesses; access++) {
                String prefix = "access" + access;
                appending.add(pool.submit(() -> log.append(entriesEach, prefix)));
            }
            for (Future<?> done : appending) {
                done.get();
            }
        }

        await().until(() -> log.unsealed() == 0);
        List<Link> chain = log.chain();
        assertThat(chain)
                .extracting(Link::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, accesses * entriesEach)
                        .boxed()
                        .toList());
        assertLinked(chain);
        for (int access = 0; access < accesses; access++) {
            String prefix = "access" + access + "-";
            // each access appended its next entry after its previous one committed, so it was sealed after it
            assertThat(chain.stream()
                            .map(Link::recordId)
                            .filter(id -> id.startsWith(prefix))
                            .toList())
                    .containsExactlyElementsOf(LongStream.range(0, entriesEach)
                            .mapToObj(i -> prefix + i)
                            .toList());
        }
        assertThat(audit.verification().intact()).isTrue();
    }

    @Test
    void an_access_that_rolls_back_leaves_no_entry_but_a_denied_attempt_is_kept() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.record(AuditAction.UPDATE, "family-plan", "allowed-then-failed", "child-1");
                    audit.recordDenied(AuditAction.DELETE, "family-plan", "denied", "child-1");
                    throw new IllegalStateException("the request failed after its audit");
                }))
                .hasMessageContaining("the request failed");

        await().until(() -> log.unsealed() == 0 && !log.chain().isEmpty());
        assertThat(log.chain()).extracting(Link::recordId).containsExactly("denied");
    }

    @Test
    void the_records_of_one_export_are_appended_at_once_in_the_order_given_and_sealed_like_any_other() {
        log.append(2, "before");
        QuarkusTransaction.requiringNew()
                .run(() -> audit.recordAll(
                        AuditAction.EXPORT,
                        "child",
                        List.of(
                                new AuditTrail.Accessed("child-3", "child-3"),
                                new AuditTrail.Accessed("child-1", "child-1"),
                                new AuditTrail.Accessed("plan-9", null))));
        log.append(1, "after");

        await().until(() -> log.unsealed() == 0 && log.chain().size() == 6);
        List<Link> chain = log.chain();
        assertThat(chain)
                .extracting(Link::recordId)
                .containsExactly("before-0", "before-1", "child-3", "child-1", "plan-9", "after-0");
        assertThat(chain).extracting(Link::organisation).containsOnly("E06000001");
        assertLinked(chain);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> entityManager
                                .createQuery(
                                        "from AuditEntry e where e.action = :action order by e.id", AuditEntry.class)
                                .setParameter("action", AuditAction.EXPORT)
                                .getResultList()))
                .extracting(e -> e.username, e -> e.recordType, e -> e.childId, e -> e.outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("asha.patel", "child", "child-3", "ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple("asha.patel", "child", "child-1", "ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple("asha.patel", "child", null, "ALLOWED"));
        assertThat(audit.verification().intact()).isTrue();
    }

    @Test
    void an_export_that_rolls_back_leaves_none_of_its_entries_and_needs_a_transaction() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    audit.recordAll(
                            AuditAction.EXPORT, "child", List.of(new AuditTrail.Accessed("child-1", "child-1")));
                    throw new IllegalStateException("the export failed after its audit");
                }))
                .hasMessageContaining("the export failed");
        assertThatThrownBy(() -> audit.recordAll(
                        AuditAction.EXPORT, "child", List.of(new AuditTrail.Accessed("child-2", "child-2"))))
                .isInstanceOf(TransactionalException.class);

        assertThat(log.unsealed()).isZero();
        assertThat(log.chain()).isEmpty();
    }

    @Test
    void an_access_cannot_be_audited_outside_a_transaction() {
        assertThatThrownBy(() -> audit.record(AuditAction.READ, "family-plan", "no-transaction", "child-1"))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void an_entry_waiting_less_than_the_overdue_time_is_no_finding() throws Exception {
        try (var sealing = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "plan");

            AuditVerification found = audit.verification();

            assertThat(found.intact()).isTrue();
            assertThat(log.unsealed()).isEqualTo(1);
        }
    }

    @Test
    void an_entry_left_unsealed_longer_than_the_overdue_time_is_a_finding_until_it_is_sealed() throws Exception {
        try (var stuck = OtherInstance.holding(dataSource, AuditTrail.SEQUENCER_LOCK)) {
            log.append(1, "plan");

            // seal-overdue is 2 s in the tests
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !audit.verification().intact());
            AuditVerification found = audit.verification();
            assertThat(found.problem()).startsWith("1 entry was not sealed into the chain within 2 s");
            assertThat(found.firstBrokenSeq()).isNull();
            CouncilAuditVerification told = audit.verificationFor("E06000001");
            assertThat(told.intact()).isFalse();
            assertThat(told.problem()).contains("not sealed into its chain in time");
        } // the stuck instance dies; this one seals

        await().until(() -> log.unsealed() == 0);
        assertThat(audit.verification().intact()).isTrue();
    }

    private static void assertLinked(List<Link> chain) {
        assertThat(chain.getFirst().previousHash()).isEqualTo(AuditTrail.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).previousHash())
                    .as("entry %d links to the one before", chain.get(i).seq())
                    .isEqualTo(chain.get(i - 1).hash());
        }
    }

    /** How many entries each sealing transaction sealed: the transaction that last wrote a row is its xmin. */
    private List<Long> sealedPerTransaction() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> entityManager
                                .createNativeQuery("select count(*) from audit_entry group by xmin::text")
                                .getResultList()
                                .stream()
                                .map(count -> ((Number) count).longValue())
                                .toList());
    }
}
