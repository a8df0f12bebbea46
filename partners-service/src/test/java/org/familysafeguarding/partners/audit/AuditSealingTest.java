package org.familysafeguarding.partners.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.audit.AuditEntry;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Audited requests append their entries without waiting for one another; the sequencer seals them
 * into the hash chain afterwards, in order. What must still hold: every access is in the log and in
 * the chain, nothing but the sequencer's sealing changes an entry, and an entry the sequencer could
 * not seal in time is a finding of the verification.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AuditSealingTest {

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    final String worker = councilStaff("ws-social-worker", "social-worker", "E10000032");

    @Test
    void concurrent_accesses_all_join_the_chain_once() throws Exception {
        String child = UUID.randomUUID().toString();
        int callers = 12;
        int each = 10;
        var pool = Executors.newFixedThreadPool(callers);
        try {
            var start = new CountDownLatch(1);
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        statuses.add(given().auth()
                                .oauth2(worker)
                                .when()
                                .post("/test/audit/" + child)
                                .statusCode());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            for (Future<List<Integer>> answer : answers) {
                assertThat(answer.get()).containsOnly(204);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> entries = sealedEntriesOf(child);
        assertThat(entries).hasSize(callers * each).allMatch(AuditEntry::sealed);
        assertThat(entries).extracting(e -> e.seq).doesNotHaveDuplicates();
        // one after another as their transactions committed (an entry appended earlier may commit later),
        // each linked to the one before: the chain is whole
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void while_no_sequencer_can_seal_accesses_go_on_and_an_entry_left_unsealed_too_long_is_a_finding()
            throws Exception {
        String child = UUID.randomUUID().toString();
        try (Connection stuckSequencer = dataSource.getConnection()) {
            lock(stuckSequencer, "pg_advisory_lock");
            try {
                given().auth()
                        .oauth2(worker)
                        .when()
                        .post("/test/audit/" + child)
                        .then()
                        .statusCode(204);
                List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> audit.forChild(child, 0, 10));
                assertThat(entries).hasSize(1).noneMatch(AuditEntry::sealed);
                assertThat(audit.seal())
                        .as("another holds the sequencer's lock")
                        .isZero();

                // nothing but sealing may change it, not even while it waits
                long id = entries.get(0).id;
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                                .run(() -> entityManager
                                        .createNativeQuery(
                                                "update audit_entry set username = 'someone-else', seq = 999999999, previous_hash = :h, hash = :h "
                                                        + "where id = :id")
                                        .setParameter("h", "0".repeat(64))
                                        .setParameter("id", id)
                                        .executeUpdate()))
                        .hasStackTraceContaining("append-only");
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                                .run(() -> entityManager
                                        .createNativeQuery("delete from audit_entry where id = :id")
                                        .setParameter("id", id)
                                        .executeUpdate()))
                        .hasStackTraceContaining("append-only");

                Thread.sleep(2500); // past platform.audit.seal-overdue (2 s in tests)
                var found = audit.verification();
                assertThat(found.intact()).isFalse();
                assertThat(found.problem()).contains("not sealed into the chain within 2 s");
                given().auth()
                        .oauth2(councilStaff("ws-auditor", "auditor", "E10000032"))
                        .when()
                        .get("/api/partners/v1/audit/verification")
                        .then()
                        .statusCode(200)
                        .body("intact", org.hamcrest.Matchers.is(false))
                        .body("problem", org.hamcrest.Matchers.containsString("not sealed into its chain in time"));
            } finally {
                lock(stuckSequencer, "pg_advisory_unlock");
            }
        }
        assertThat(sealedEntriesOf(child)).hasSize(1).allMatch(AuditEntry::sealed);
        assertThat(audit.verification().intact()).isTrue();
    }

    List<AuditEntry> sealedEntriesOf(String child) {
        return SealedEntries.of(audit, child);
    }

    private static void lock(Connection connection, String function) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, AuditTrail.SEQUENCER_LOCK);
            statement.executeQuery().close();
        }
    }
}
