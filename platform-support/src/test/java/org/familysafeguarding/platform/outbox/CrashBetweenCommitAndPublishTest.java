package org.familysafeguarding.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.fixtures.TallyConsumer.COUNTED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.fixtures.Consumed;
import org.familysafeguarding.platform.fixtures.OtherInstance;
import org.familysafeguarding.platform.fixtures.TallyConsumer.Counted;
import org.familysafeguarding.platform.fixtures.Topic;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A committed event is never lost, whatever dies between the commit and Kafka's acknowledgement: the polling
 * fallback or the next instance to hold the relay lock sends it, and an event sent twice is applied once.
 */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class CrashBetweenCommitAndPublishTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRows rows;

    @Inject
    Consumed consumed;

    @Test
    void an_event_whose_instance_died_before_waking_its_relay_is_sent_by_the_polling_fallback() {
        String aggregate = newAggregate();
        // committed by an instance that died at once: no wake follows the commit, only the relay's poll can find it
        UUID orphan = rows.insert(aggregate, COUNTED, "{\"amount\":3}", Instant.now(), null);

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactly(orphan.toString());
        await().until(() -> consumed.total(aggregate) != null);
        assertThat(consumed.total(aggregate)).isEqualTo(3);
    }

    @Test
    void while_another_instance_holds_the_relay_lock_nothing_is_sent_and_the_next_holder_sends_all_in_order()
            throws Exception {
        String aggregate = newAggregate();
        List<String> committed = new ArrayList<>();
        try (var relaying = OtherInstance.holding(dataSource, OutboxRelay.RELAY_LOCK)) {
            for (int amount = 1; amount <= 3; amount++) {
                committed.add(commit(aggregate, new Counted(amount)).toString());
            }
            assertThat(relay.relayBatch())
                    .as("a batch tried while another instance relays")
                    .isEqualTo(-1);
            // the commits woke the relay, and its poll ticks each second: still nothing may go
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> rows.unpublished(aggregate) == 3);
        } // the other instance dies, and its lock with it

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactlyElementsOf(committed);
    }

    @Test
    void an_aggregates_events_go_in_the_order_they_were_appended_whatever_the_clocks_of_the_instances_that_wrote_them()
            throws Exception {
        String aggregate = newAggregate();
        Instant now = Instant.now();
        List<String> appended = new ArrayList<>();
        try (var relaying = OtherInstance.holding(dataSource, OutboxRelay.RELAY_LOCK)) {
            // one instance appends, then another whose clock runs two seconds behind appends the next change
            appended.add(rows.insert(aggregate, COUNTED, "{\"amount\": 1}", now, null)
                    .toString());
            appended.add(rows.insert(aggregate, COUNTED, "{\"amount\": 2}", now.minusSeconds(2), null)
                    .toString());
        }

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .containsExactlyElementsOf(appended);
    }

    @Test
    void a_batch_cut_short_after_sending_is_sent_again_and_the_consumer_applies_each_event_once() {
        String aggregate = newAggregate();
        // the relay dies once after Kafka acknowledged the batch and before it could mark the batch published
        rows.relayDiesBeforeMarking(aggregate, 1);
        List<String> batch = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        outbox.append(aggregate, COUNTED, new Counted(1)).toString(),
                        outbox.append(aggregate, COUNTED, new Counted(2)).toString(),
                        outbox.append(aggregate, COUNTED, new Counted(4)).toString()));

        await().until(() -> rows.unpublished(aggregate) == 0);
        assertThat(Topic.EVENTS.recordsWithKey(aggregate))
                .extracting(record -> Topic.header(record, "ce_id"))
                .as("the batch, then the batch again")
                .containsExactly(batch.get(0), batch.get(1), batch.get(2), batch.get(0), batch.get(1), batch.get(2));

        // an event sent after the copies reaches the consumer after them (same key, same partition)
        String later = commit(aggregate, new Counted(100)).toString();
        await().until(() -> consumed.eventIds(aggregate).contains(later));
        assertThat(consumed.total(aggregate))
                .as("1 + 2 + 4, each once, then 100")
                .isEqualTo(107);
        assertThat(consumed.eventIds(aggregate)).containsExactly(batch.get(0), batch.get(1), batch.get(2), later);
    }

    private UUID commit(String aggregate, Counted event) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.append(aggregate, COUNTED, event));
    }

    private static String newAggregate() {
        return "aggregate-" + UUID.randomUUID();
    }
}
