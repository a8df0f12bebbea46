package org.familysafeguarding.platform.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Makes a scheduled job run once per period however many instances of the service are running:
 * each instance's scheduler fires, and the first to record the period in {@code scheduled_run} runs
 * the job; the others find the period taken and skip it. The record is the service's own database's,
 * so it holds across instances and restarts, and it says when each job last ran and where.
 */
@ApplicationScoped
public class ScheduledRuns {

    /** Runs older than this are forgotten when the same job claims a new period. */
    private static final Duration KEPT = Duration.ofDays(90);

    private final EntityManager entityManager;
    private final String instance;

    public ScheduledRuns(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.instance = ProcessHandle.current().pid() + "@" + hostName();
    }

    /**
     * For a cron job: the period is the time it was scheduled to fire, the same in every instance.
     * True when this instance is the one to run it.
     */
    public boolean claim(String job, ScheduledExecution execution) {
        return claim(job, execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * For a job that runs every {@code interval}: the period is the slot of that length the present
     * falls in (counted from the epoch), so instances that started at different times share slots.
     */
    public boolean claim(String job, Duration interval, Instant now) {
        long slot = Math.floorDiv(now.toEpochMilli(), interval.toMillis());
        return claim(job, Instant.ofEpochMilli(slot * interval.toMillis()));
    }

    /** True when this instance recorded the period first; in its own transaction, so the claim stands once made. */
    public boolean claim(String job, Instant period) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager
                    .createNativeQuery("delete from scheduled_run where job = :job and period < :before")
                    .setParameter("job", job)
                    .setParameter("before", period.minus(KEPT))
                    .executeUpdate();
            return entityManager
                            .createNativeQuery("""
                    insert into scheduled_run (job, period, claimed_at, claimed_by)
                    values (:job, :period, now(), :instance) on conflict do nothing""")
                            .setParameter("job", job)
                            .setParameter("period", period)
                            .setParameter("instance", instance)
                            .executeUpdate()
                    == 1;
        });
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }
}
