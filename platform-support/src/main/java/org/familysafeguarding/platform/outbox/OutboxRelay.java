package org.familysafeguarding.platform.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.familysafeguarding.platform.support.Transactions;
import org.familysafeguarding.platform.support.Wakeable;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox messages to the service's events topic as CloudEvents (binary mode) and
 * marks them published: woken as soon as a transaction that appended one commits, and polled every
 * {@code platform.outbox.poll-interval} besides, for messages whose instance died between commit
 * and send. A message is marked only after Kafka acknowledged it, so a crash can send
 * one twice but never loses one: consumers are idempotent on the CloudEvent id.
 * <p>
 * Every instance of the service runs a relay, but one relays at a time: a batch is sent only by the
 * instance holding the service's relay lock (a PostgreSQL advisory lock for the batch's transaction),
 * so two instances never send the same message at once nor one aggregate's events out of order. An
 * instance that dies mid-batch releases the lock with its connection; its batch, not marked, is sent
 * again by the next holder.
 */
// Created at start-up, so its Kafka channel is wired before the first tick, not during shutdown.
@Startup
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 100;
    /** The relay lock's key: the same in every instance of a service, distinct from the audit chain's. */
    public static final long RELAY_LOCK = 0x46534f5554424fL;

    private static final int LOCKED_ELSEWHERE = -1;
    private static final Duration WAIT = Duration.ofMillis(20);
    private static final int MAX_WAITS = 25;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final URI source;
    private final Duration retention;
    private final Wakeable relay = new Wakeable("outbox-relay", this::relayAll);

    public OutboxRelay(
            EntityManager entityManager,
            @Channel("outbox") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "platform.outbox.source") URI source,
            @ConfigProperty(name = "platform.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.source = source;
        this.retention = retention;
    }

    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxAppended event) {
        relay.wake();
    }

    @Scheduled(
            every = "${platform.outbox.poll-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        relay.wake();
    }

    private void relayAll() {
        try {
            int sent;
            int waits = 0;
            do {
                sent = relayBatch();
                if (sent == LOCKED_ELSEWHERE && ++waits <= MAX_WAITS) {
                    // another instance is relaying; its batch is short, and what we were woken for may follow it
                    Thread.sleep(WAIT.toMillis());
                }
            } while (sent == BATCH_SIZE || (sent == LOCKED_ELSEWHERE && waits <= MAX_WAITS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The batch rolled back and stays pending; the next wake or tick tries again.
            LOG.warnf("Outbox relay paused: %s", e.getMessage());
        }
    }

    /** Relays up to one batch in one transaction; returns how many were sent, or -1 while another instance relays. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!holdsRelayLock()) {
                return LOCKED_ELSEWHERE;
            }
            @SuppressWarnings("unchecked")
            List<OutboxMessage> pending = entityManager
                    .createNativeQuery("""
                    select * from outbox_message where published_at is null
                    order by position limit :limit for update skip locked""", OutboxMessage.class)
                    .setParameter("limit", BATCH_SIZE)
                    .getResultList();
            for (OutboxMessage message : pending) {
                emitter.sendMessageAndAwait(toCloudEvent(message));
                message.publishedAt = Instant.now();
            }
            return pending.size();
        });
    }

    private boolean holdsRelayLock() {
        return Transactions.tryAdvisoryLock(entityManager, RELAY_LOCK);
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetPublished() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createQuery("delete from OutboxMessage m where m.publishedAt < :before")
                        .setParameter("before", Instant.now().minus(retention))
                        .executeUpdate());
    }

    private Message<String> toCloudEvent(OutboxMessage message) {
        return Message.of(message.payload)
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(message.id.toString())
                        .withType(message.eventType)
                        .withSource(source)
                        .withSubject(message.aggregateId)
                        .withTimestamp(message.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(message.aggregateId)
                        .build());
    }
}
