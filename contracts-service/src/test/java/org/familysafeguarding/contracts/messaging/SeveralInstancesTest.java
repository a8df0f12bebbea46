package org.familysafeguarding.contracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.platform.outbox.Outbox;
import org.familysafeguarding.platform.outbox.OutboxRelay;
import org.familysafeguarding.platform.schedule.ScheduledRuns;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What must hold when the service runs as several instances sharing its database: one relays the
 * outbox at a time, and a scheduled job runs once per period. The other instance is played here by a
 * second database connection or by threads claiming at the same moment.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class SeveralInstancesTest {

    @Inject
    Outbox outbox;

    @Inject
    ScheduledRuns runs;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void while_another_instance_relays_this_one_sends_nothing_and_afterwards_each_event_is_sent_once()
            throws Exception {
        String aggregate = UUID.randomUUID().toString();
        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock");
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(aggregate, "org.familysafeguarding.contracts.instance-test.v1", Map.of("n", 1));
                    outbox.append(aggregate, "org.familysafeguarding.contracts.instance-test.v1", Map.of("n", 2));
                });
                Thread.sleep(1500); // several of the relay's ticks (0.2 s in tests)
                assertThat(unpublished(aggregate)).isEqualTo(2);
                assertThat(TestKafka.recordsWithKey("contracts.events", aggregate, Duration.ofSeconds(1), 1))
                        .isEmpty();
            } finally {
                lock(otherInstance, "pg_advisory_unlock");
            }
        }
        var sent = TestKafka.recordsWithKey("contracts.events", aggregate, Duration.ofSeconds(15), 2);
        assertThat(sent).extracting(r -> r.value()).containsExactly("{\"n\":1}", "{\"n\":2}");
        // nothing more comes: each was sent once
        assertThat(TestKafka.recordsWithKey("contracts.events", aggregate, Duration.ofSeconds(2), 3))
                .hasSize(2);
        assertThat(unpublished(aggregate)).isZero();
    }

    @Test
    void of_several_instances_firing_a_job_at_the_same_scheduled_time_one_runs_it() throws Exception {
        String job = "job-" + UUID.randomUUID();
        Instant firedAt = Instant.parse("2026-04-01T02:30:00Z");
        assertThat(claimAtOnce(8, () -> runs.claim(job, firedAt)))
                .containsOnlyOnce(true)
                .hasSize(8);
        assertThat(runs.claim(job, firedAt)).as("the same period, later").isFalse();
        assertThat(runs.claim(job, firedAt.plus(Duration.ofDays(1))))
                .as("the next day's")
                .isTrue();
        assertThat(runs.claim("another-" + job, firedAt))
                .as("another job, same time")
                .isTrue();
    }

    @Test
    void a_job_run_every_so_often_runs_once_in_each_slot_whenever_each_instance_started() {
        String job = "job-" + UUID.randomUUID();
        Duration every = Duration.ofMinutes(10);
        Instant start = Instant.parse("2026-04-01T10:00:00Z");
        assertThat(runs.claim(job, every, start.plusSeconds(30))).isTrue();
        assertThat(runs.claim(job, every, start.plus(Duration.ofMinutes(7))))
                .as("an instance started later")
                .isFalse();
        assertThat(runs.claim(job, every, start.plus(Duration.ofMinutes(10))))
                .as("the next slot")
                .isTrue();
        assertThat(runs.claim(job, every, start.plus(Duration.ofMinutes(19)))).isFalse();
    }

    private List<Boolean> claimAtOnce(int instances, Callable<Boolean> claim) throws Exception {
        var pool = Executors.newFixedThreadPool(instances);
        try {
            var ready = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                claims.add(pool.submit(() -> {
                    ready.await();
                    return claim.call();
                }));
            }
            ready.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> f : claims) {
                won.add(f.get());
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    private long unpublished(String aggregate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from outbox_message where aggregate_id = :a and published_at is null")
                                .setParameter("a", aggregate)
                                .getSingleResult())
                        .longValue());
    }

    private static void lock(Connection connection, String function) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK);
            statement.executeQuery().close();
        }
    }
}
