package org.familysafeguarding.partners.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.util.List;
import java.util.UUID;

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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Test
    void records_who_read_a_childs_record_with_their_organisation_and_request_id() {
        String child = UUID.randomUUID().toString();
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .header("X-Request-Id", "req-123")
                .when()
                .post("/test/audit/" + child)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .when()
                .post("/test/audit/" + child + "/denied")
                .then()
                .statusCode(204);

        List<AuditEntry> entries = sealedEntriesOf(child);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).username).isEqualTo("ws-social-worker");
        assertThat(entries.get(0).organisation).isEqualTo("E10000032");
        assertThat(entries.get(0).requestId).isEqualTo("req-123");
        assertThat(entries.get(0).outcome).isEqualTo("ALLOWED");
        assertThat(entries.get(1).outcome).isEqualTo("DENIED");
        assertThat(entries.get(1).previousHash).isEqualTo(entries.get(0).hash);
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void the_log_refuses_changes_and_verification_finds_an_altered_entry() {
        String child = UUID.randomUUID().toString();
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .when()
                .post("/test/audit/" + child)
                .then()
                .statusCode(204);
        long seq = sealedEntriesOf(child).get(0).seq;

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("update audit_entry set username = 'someone-else' where seq = :seq")
                                .setParameter("seq", seq)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");

        // Someone with the table owner's rights switches the guard off and edits the entry.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update audit_entry set username = 'someone-else' where seq = :seq")
                    .setParameter("seq", seq)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                    .executeUpdate();
        });
        try {
            assertThat(audit.verify()).contains(seq);
        } finally {
            // Put it back so the chain stays whole for the other tests.
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager
                        .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                        .executeUpdate();
                entityManager
                        .createNativeQuery("update audit_entry set username = 'ws-social-worker' where seq = :seq")
                        .setParameter("seq", seq)
                        .executeUpdate();
                entityManager
                        .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                        .executeUpdate();
            });
        }
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void an_auditor_verifies_the_chain_from_the_last_full_walk_and_learns_nothing_of_other_councils() {
        String auditor = councilStaff("ws-auditor", "auditor", "E10000032");
        String otherAuditor = councilStaff("ox-auditor", "auditor", "E10000025");
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .when()
                .get("/api/partners/v1/audit/verification")
                .then()
                .statusCode(403);
        String child = UUID.randomUUID().toString();
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .when()
                .post("/test/audit/" + child)
                .then()
                .statusCode(204);
        long head = sealedEntriesOf(child).get(0).seq;
        // the scheduled full walk keeps the head as the checkpoint the auditors' checks start from
        assertThat(audit.verification().intact()).isTrue();

        given().auth()
                .oauth2(auditor)
                .when()
                .get("/api/partners/v1/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", org.hamcrest.Matchers.is(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("headSeq")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("entriesChecked")));
        long checkpoints = checkpoints();
        given().auth()
                .oauth2(auditor)
                .when()
                .get("/api/partners/v1/audit/verification")
                .then()
                .statusCode(200);
        assertThat(checkpoints()).as("asking writes nothing").isEqualTo(checkpoints);

        // The last entry is deleted by someone able to switch the guard off: the chain alone still
        // looks whole, the checkpoint of the full walk does not.
        Object[] removed = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select * from audit_entry where seq = :seq")
                .setParameter("seq", head)
                .getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("delete from audit_entry where seq >= :seq")
                    .setParameter("seq", head)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                    .executeUpdate();
        });
        try {
            given().auth()
                    .oauth2(auditor)
                    .when()
                    .get("/api/partners/v1/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", org.hamcrest.Matchers.is(false))
                    .body("firstBrokenSeq", org.hamcrest.Matchers.nullValue());
            given().auth()
                    .oauth2(otherAuditor)
                    .when()
                    .get("/api/partners/v1/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", org.hamcrest.Matchers.is(false))
                    .body("firstBrokenSeq", org.hamcrest.Matchers.nullValue())
                    .body("problem", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("E10000032")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                var insert = entityManager.createNativeQuery("insert into audit_entry values ("
                        + java.util.stream.IntStream.rangeClosed(1, removed.length)
                                .mapToObj(i -> "?" + i)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ")");
                for (int i = 0; i < removed.length; i++) {
                    insert.setParameter(i + 1, removed[i]);
                }
                insert.executeUpdate();
            });
        }
    }

    @Test
    void an_altered_entry_is_named_to_its_own_councils_auditor_only() {
        String child = UUID.randomUUID().toString();
        assertThat(audit.verification().intact()).isTrue();
        given().auth()
                .oauth2(councilStaff("ws-social-worker", "social-worker", "E10000032"))
                .when()
                .post("/test/audit/" + child)
                .then()
                .statusCode(204);
        long seq = sealedEntriesOf(child).get(0).seq;
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update audit_entry set username = 'someone-else' where seq = :seq")
                    .setParameter("seq", seq)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                    .executeUpdate();
        });
        try {
            given().auth()
                    .oauth2(councilStaff("ws-auditor", "auditor", "E10000032"))
                    .when()
                    .get("/api/partners/v1/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", org.hamcrest.Matchers.is(false))
                    .body("firstBrokenSeq", org.hamcrest.Matchers.is((int) seq));
            given().auth()
                    .oauth2(councilStaff("ox-auditor", "auditor", "E10000025"))
                    .when()
                    .get("/api/partners/v1/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", org.hamcrest.Matchers.is(false))
                    .body("firstBrokenSeq", org.hamcrest.Matchers.nullValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager
                        .createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                        .executeUpdate();
                entityManager
                        .createNativeQuery("update audit_entry set username = 'ws-social-worker' where seq = :seq")
                        .setParameter("seq", seq)
                        .executeUpdate();
                entityManager
                        .createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                        .executeUpdate();
            });
        }
        given().auth()
                .oauth2(councilStaff("ws-auditor", "auditor", "E10000032"))
                .when()
                .get("/api/partners/v1/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", org.hamcrest.Matchers.is(true));
    }

    List<AuditEntry> sealedEntriesOf(String child) {
        return SealedEntries.of(audit, child);
    }

    long checkpoints() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from audit_checkpoint")
                                .getSingleResult())
                        .longValue());
    }
}
