package org.familysafeguarding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.fixtures.TallyConsumer.COUNTED;
import static org.familysafeguarding.platform.fixtures.TallyConsumer.NOTED;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.familysafeguarding.platform.fixtures.Consumed;
import org.familysafeguarding.platform.fixtures.Topic;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event the consumer cannot apply goes to the dead-letter topic, unapplied and not remembered (so it can be
 * replayed once fixed), and the consumer goes on with the next event of the same key.
 */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class PoisonMessageTest {

    @Inject
    Consumed consumed;

    @Test
    void an_unreadable_payload_goes_to_the_dead_letter_topic_and_the_next_event_is_applied() {
        String subject = newSubject();
        String poison = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, poison, COUNTED, "{\"amount\": \"five\"}");
        String next = sendCounted(subject, 1);

        await().until(() -> consumed.eventIds(subject).contains(next));
        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(subject, 1);
        assertThat(dead.getFirst().value()).isEqualTo("{\"amount\": \"five\"}");
        assertThat(Topic.header(dead.getFirst(), "ce_id")).isEqualTo(poison);
        assertThat(Topic.header(dead.getFirst(), "dead-letter-reason")).contains("is not a readable Counted");
        assertThat(consumed.total(subject)).isEqualTo(1);
        assertThat(consumed.remembered(poison)).isFalse();
    }

    @Test
    void a_record_without_cloud_event_headers_goes_to_the_dead_letter_topic_and_the_next_event_is_applied() {
        String subject = newSubject();
        Topic.EVENTS.sendPlain(subject, "{\"amount\":5}");
        String next = sendCounted(subject, 1);

        await().until(() -> consumed.eventIds(subject).contains(next));
        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(subject, 1);
        assertThat(Topic.header(dead.getFirst(), "dead-letter-reason")).contains("no CloudEvent headers");
        assertThat(consumed.total(subject)).isEqualTo(1);
    }

    @Test
    void an_event_claiming_a_source_other_than_the_topics_owner_is_not_applied() {
        String subject = newSubject();
        String forged = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, forged, COUNTED, "{\"amount\":1000}", "/caseload-service");
        String next = sendCounted(subject, 1);

        await().until(() -> consumed.eventIds(subject).contains(next));
        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(subject, 1);
        assertThat(Topic.header(dead.getFirst(), "dead-letter-reason"))
                .contains("claims source /caseload-service, but only /platform-service publishes on this topic");
        assertThat(consumed.total(subject)).isEqualTo(1);
        assertThat(consumed.remembered(forged)).isFalse();
    }

    @Test
    void an_event_still_failing_after_its_retries_goes_to_the_dead_letter_topic_with_nothing_of_it_applied() {
        String subject = newSubject();
        String failing = UUID.randomUUID().toString();
        // fails every attempt, each after writing its effect
        Topic.EVENTS.sendCloudEvent(subject, failing, COUNTED, "{\"amount\":5,\"failFirst\":100}");
        String next = sendCounted(subject, 1);

        await().until(() -> consumed.eventIds(subject).contains(next));
        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(subject, 1);
        assertThat(Topic.header(dead.getFirst(), "ce_id")).isEqualTo(failing);
        assertThat(Topic.header(dead.getFirst(), "dead-letter-reason")).contains("fails this attempt");
        assertThat(consumed.total(subject)).isEqualTo(1);
        assertThat(consumed.eventIds(subject)).containsExactly(next);
        assertThat(consumed.remembered(failing)).isFalse();
    }

    @Test
    void an_event_of_a_type_passed_over_is_remembered_and_not_dead_lettered() {
        String subject = newSubject();
        String noted = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, noted, NOTED, "{\"anything\":true}");
        String next = sendCounted(subject, 1);

        await().until(() -> consumed.eventIds(subject).contains(next));
        assertThat(consumed.remembered(noted)).isTrue();
        assertThat(consumed.eventIds(subject)).containsExactly(next);
        assertThat(Topic.DEAD_LETTERS.recordsWithKey(subject)).isEmpty();
    }

    private static String sendCounted(String subject, int amount) {
        String id = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, id, COUNTED, "{\"amount\":" + amount + "}");
        return id;
    }

    private static List<ConsumerRecord<String, String>> awaitDeadLetters(String subject, int count) {
        await().until(() -> Topic.DEAD_LETTERS.recordsWithKey(subject).size() >= count);
        List<ConsumerRecord<String, String>> dead = Topic.DEAD_LETTERS.recordsWithKey(subject);
        assertThat(dead).hasSize(count);
        return dead;
    }

    private static String newSubject() {
        return "subject-" + UUID.randomUUID();
    }
}
