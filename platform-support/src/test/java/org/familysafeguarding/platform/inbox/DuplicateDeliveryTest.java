package org.familysafeguarding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.platform.fixtures.TallyConsumer.COUNTED;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.familysafeguarding.platform.fixtures.Consumed;
import org.familysafeguarding.platform.fixtures.TallyConsumer;
import org.familysafeguarding.platform.fixtures.Topic;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;

/** An event is applied once however often it is delivered: its effect and the inbox's record commit together. */
@QuarkusTest
@QuarkusTestResource(InVmKafka.class)
class DuplicateDeliveryTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    TallyConsumer tally;

    @Inject
    Consumed consumed;

    @Inject
    EntityManager entityManager;

    @Test
    void an_event_delivered_twice_is_applied_once() {
        String subject = newSubject();
        String id = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, id, COUNTED, "{\"amount\":5}");
        Topic.EVENTS.sendCloudEvent(subject, id, COUNTED, "{\"amount\":5}");
        // sent after the copy on the same key, so applied after the copy was dealt with
        String next = UUID.randomUUID().toString();
        Topic.EVENTS.sendCloudEvent(subject, next, COUNTED, "{\"amount\":1}");

        await().until(() -> consumed.eventIds(subject).contains(next));
        assertThat(consumed.total(subject)).as("5 once, then 1").isEqualTo(6);
        assertThat(consumed.eventIds(subject)).containsExactly(id, next);
    }

    @Test
    void a_failed_attempt_leaves_nothing_behind_and_the_retry_applies_the_event_once() {
        String subject = newSubject();
        String id = UUID.randomUUID().toString();
        // the effect is written, then the attempt fails, twice; the third attempt succeeds
        Topic.EVENTS.sendCloudEvent(subject, id, COUNTED, "{\"amount\":5,\"failFirst\":2}");

        await().until(() -> consumed.total(subject) != null);
        assertThat(consumed.total(subject)).isEqualTo(5);
        assertThat(consumed.eventIds(subject)).containsExactly(id);
        assertThat(consumed.remembered(id)).isTrue();
    }

    @Test
    void the_same_event_delivered_to_two_instances_at_once_is_applied_by_one_of_them() throws Exception {
        String subject = newSubject();
        String id = UUID.randomUUID().toString();
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch firstIsApplying = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        // two threads of their own: the common pool may have a single one
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            Future<?> first = instances.submit(
                    () -> consumer.consume(delivery(id, subject, "{\"amount\":5}", acknowledged), event -> {
                        tally.count(event);
                        firstIsApplying.countDown();
                        awaitQuietly(firstMayCommit);
                    }));
            assertThat(firstIsApplying.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = instances.submit(
                    () -> consumer.consume(delivery(id, subject, "{\"amount\":5}", acknowledged), tally::count));
            // the second waits on the first's uncommitted inbox row; only then may the first commit
            await().until(() -> waitingOnTheInbox() == 1);
            firstMayCommit.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        }

        assertThat(acknowledged).as("both deliveries acknowledged").hasValue(2);
        assertThat(consumed.total(subject)).isEqualTo(5);
        assertThat(consumed.eventIds(subject)).containsExactly(id);
    }

    /** A delivery as the Kafka connector hands it over, counting its acknowledgement. */
    private static Message<String> delivery(String id, String subject, String json, AtomicInteger acknowledged) {
        var cloudEvent = new DefaultIncomingCloudEventMetadata<>(
                "1.0",
                id,
                URI.create("/platform-service"),
                COUNTED,
                "application/json",
                null,
                subject,
                ZonedDateTime.now(),
                Map.of(),
                json);
        return Message.of(
                json,
                Metadata.of(cloudEvent),
                () -> {
                    acknowledged.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                },
                failure -> CompletableFuture.failedFuture(new AssertionError("nacked", failure)));
    }

    private long waitingOnTheInbox() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock' and query like '%processed_event%'""").getSingleResult()).longValue());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String newSubject() {
        return "subject-" + UUID.randomUUID();
    }
}
