package org.familysafeguarding.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.fixtures.TallyConsumer.COUNTED;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.fixtures.Consumed;
import org.familysafeguarding.platform.fixtures.TallyConsumer.Counted;
import org.familysafeguarding.platform.fixtures.Topic;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The outbox relay sends what was committed, in order, as CloudEvents; never what rolled back. */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRows rows;

    @Inject
    Consumed consumed;

    @Test
    void relays_an_aggregates_events_in_the_order_they_were_committed_and_the_consumer_applies_them_so() {
        String aggregate = newAggregate();
        List<String> committed = new ArrayList<>();
        for (int amount = 1; amount <= 5; amount++) {
            committed.add(commit(aggregate, new Counted(amount)).toString());
        }

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactlyElementsOf(committed);
        await().until(() -> consumed.eventIds(aggregate).size() == committed.size());
        assertThat(consumed.eventIds(aggregate)).containsExactlyElementsOf(committed);
    }

    @Test
    void relays_the_events_of_one_transaction_in_the_order_they_were_appended() {
        String aggregate = newAggregate();
        List<String> appended = QuarkusTransaction.requiringNew().call(() -> {
            List<String> ids = new ArrayList<>();
            for (int amount = 1; amount <= 50; amount++) {
                ids.add(outbox.append(aggregate, COUNTED, new Counted(amount)).toString());
            }
            return ids;
        });

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactlyElementsOf(appended);
    }

    @Test
    void sends_each_event_as_a_binary_cloud_event_keyed_by_its_aggregate() {
        String aggregate = newAggregate();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID id = commit(aggregate, new Counted(7));

        await().until(() -> rows.unpublished(aggregate) == 0);
        var sent = Topic.EVENTS.recordsWithKey(aggregate);
        assertThat(sent).hasSize(1);
        var record = sent.getFirst();
        assertThat(record.key()).isEqualTo(aggregate);
        assertThat(record.value()).isEqualTo("{\"amount\":7,\"failFirst\":0}");
        assertThat(Topic.header(record, "ce_id")).isEqualTo(id.toString());
        assertThat(Topic.header(record, "ce_type")).isEqualTo(COUNTED);
        assertThat(Topic.header(record, "ce_source")).isEqualTo("/platform-service");
        assertThat(Topic.header(record, "ce_subject")).isEqualTo(aggregate);
        assertThat(Topic.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Topic.header(record, "content-type")).isEqualTo("application/json");
        assertThat(Instant.parse(Topic.header(record, "ce_time")))
                .isAfterOrEqualTo(before)
                .isBefore(Instant.now());
    }

    @Test
    void sends_nothing_of_a_transaction_that_rolled_back() {
        String aggregate = newAggregate();
        UUID[] rolledBack = new UUID[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    rolledBack[0] = outbox.append(aggregate, COUNTED, new Counted(100));
                    throw new IllegalStateException("the use case failed after appending its event");
                }))
                .hasMessageContaining("the use case failed");
        UUID kept = commit(aggregate, new Counted(1));

        // the relay sends in order, so once the later event is out the rolled-back one would be out too
        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactly(kept.toString());
        assertThat(rows.exists(rolledBack[0])).isFalse();
    }

    @Test
    void forgets_messages_published_longer_ago_than_the_retention_and_never_one_still_to_send() {
        String aggregate = newAggregate();
        Instant now = Instant.now();
        String payload = "{\"amount\":1}";
        UUID publishedLongAgo =
                rows.insert(aggregate, COUNTED, payload, now.minus(9, ChronoUnit.DAYS), now.minus(8, ChronoUnit.DAYS));
        UUID publishedLately =
                rows.insert(aggregate, COUNTED, payload, now.minus(7, ChronoUnit.DAYS), now.minus(6, ChronoUnit.DAYS));
        UUID neverSent = rows.insert(aggregate, COUNTED, payload, now.minus(10, ChronoUnit.DAYS), null);

        relay.forgetPublished();

        assertThat(rows.exists(publishedLongAgo))
                .as("published 8 days ago, kept 7")
                .isFalse();
        assertThat(rows.exists(publishedLately)).as("published 6 days ago").isTrue();
        assertThat(rows.exists(neverSent))
                .as("appended 10 days ago, never sent")
                .isTrue();
    }

    private UUID commit(String aggregate, Counted event) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.append(aggregate, COUNTED, event));
    }

    private static String newAggregate() {
        return "aggregate-" + UUID.randomUUID();
    }
}
