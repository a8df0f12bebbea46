package org.familysafeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.fixtures.Staff;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Someone with the table owner's rights can switch the append-only trigger off; the chain is what then tells. Each
 * test seals five entries and changes the log as such a person could.
 */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class AuditTamperingTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    @BeforeEach
    void fiveSealedEntries() {
        log.startEmpty();
        Staff.actingAs("asha.patel", "E06000001");
        log.append(5, "plan");
        await().until(() -> log.chain().size() == 5);
    }

    @Test
    void an_untouched_log_is_intact_and_its_head_is_kept_as_the_checkpoint() {
        AuditVerification found = audit.verification();

        assertThat(found.intact()).isTrue();
        assertThat(found.entriesChecked()).isEqualTo(5);
        assertThat(found.headSeq()).isEqualTo(5);
        assertThat(found.headHash()).isEqualTo(log.chain().getLast().hash());
        assertThat(audit.verification().previouslyVerifiedSeq()).isEqualTo(5);
    }

    @Test
    void an_altered_entry_is_found() {
        log.tamper("update audit_entry set username = 'someone.else' where seq = 3");

        AuditVerification found = audit.verification();

        assertThat(found.intact()).isFalse();
        assertThat(found.firstBrokenSeq()).isEqualTo(3L);
        assertThat(found.entriesChecked()).isEqualTo(2);
        assertThat(found.problem()).isEqualTo("entry 3 was altered, or an entry before it was removed");
        assertThat(audit.verify()).contains(3L);
    }

    @Test
    void an_entry_removed_from_the_middle_is_found_at_the_entry_after_it() {
        log.tamper("delete from audit_entry where seq = 3");

        AuditVerification found = audit.verification();

        assertThat(found.intact()).isFalse();
        assertThat(found.firstBrokenSeq()).isEqualTo(4L);
        assertThat(found.problem()).isEqualTo("entry 4 was altered, or an entry before it was removed");
    }

    @Test
    void entries_removed_from_the_end_after_a_verification_are_found_by_the_next() {
        assertThat(audit.verification().intact()).isTrue();
        log.tamper("delete from audit_entry where seq >= 4");

        AuditVerification found = audit.verification();

        assertThat(found.intact()).isFalse();
        assertThat(found.firstBrokenSeq()).isEqualTo(4L);
        assertThat(found.problem()).isEqualTo("entries 4 to 5 were seen by the previous verification and are gone");
    }

    @Test
    void an_altered_entry_given_a_forged_hash_is_found_at_the_entry_after_it() {
        log.forge(3, entry -> entry.username = "someone.else");

        AuditVerification found = audit.verification();

        assertThat(found.intact()).isFalse();
        assertThat(found.firstBrokenSeq()).isEqualTo(4L);
    }

    @Test
    void a_chain_rewritten_to_the_head_is_found_by_the_checkpoint_of_the_verification_before() {
        assertThat(audit.verification().intact()).isTrue();
        String third = log.forge(3, entry -> entry.username = "someone.else");
        String fourth = log.forge(4, entry -> entry.previousHash = third);
        log.forge(5, entry -> entry.previousHash = fourth);
        assertThat(audit.verify()).as("the rewritten chain links and hashes").isEmpty();

        AuditVerification found = audit.verification();

        assertThat(found.intact()).isFalse();
        assertThat(found.problem())
                .isEqualTo("entry 5 no longer has the hash the previous verification saw: the log was rewritten");
    }

    @Test
    void a_councils_auditor_is_told_which_of_their_councils_entries_was_altered() {
        Staff.actingAs("ben.okafor", "E08000025");
        log.append(2, "other-council");
        await().until(() -> log.chain().size() == 7);
        log.tamper("update audit_entry set record_id = 'hidden' where seq = 2");

        CouncilAuditVerification ours = audit.verificationFor("E06000001");
        CouncilAuditVerification theirs = audit.verificationFor("E08000025");

        assertThat(ours.intact()).isFalse();
        assertThat(ours.firstBrokenSeq()).isEqualTo(2L);
        assertThat(ours.problem()).isEqualTo("entry 2 of your council was altered, or an entry before it was removed");
        assertThat(theirs.intact()).isFalse();
        assertThat(theirs.firstBrokenSeq())
                .as("nothing of another council's entries")
                .isNull();
        assertThat(theirs.problem()).isEqualTo("the log is not intact; the platform's operators are told");
    }

    @Test
    void a_councils_check_starts_at_the_last_full_verification_and_finds_its_entry_altered() {
        AuditVerification full = audit.verification();
        assertThat(audit.verificationFor("E06000001").lastFullVerificationAt()).isEqualTo(full.verifiedAt());
        log.tamper("update audit_entry set outcome = 'DENIED' where seq = 5");

        CouncilAuditVerification told = audit.verificationFor("E06000001");

        assertThat(told.intact()).isFalse();
        assertThat(told.firstBrokenSeq()).isEqualTo(5L);
    }

    @Test
    void a_councils_check_finds_the_entries_of_the_last_full_verification_removed_from_the_end() {
        assertThat(audit.verification().intact()).isTrue();
        log.tamper("delete from audit_entry where seq >= 4");

        CouncilAuditVerification told = audit.verificationFor("E06000001");

        assertThat(told.intact()).isFalse();
        assertThat(told.problem()).isEqualTo("the log is not intact; the platform's operators are told");
    }
}
