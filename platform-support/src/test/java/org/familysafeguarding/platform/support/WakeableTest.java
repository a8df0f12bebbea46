package org.familysafeguarding.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The relay and the sealer are woken after each commit; what holds however the wakes come. */
class WakeableTest {

    @Test
    void runs_the_work_soon_after_each_wake_that_comes_while_it_is_idle() {
        AtomicInteger runs = new AtomicInteger();
        Wakeable wakeable = new Wakeable("test-work", runs::incrementAndGet);

        wakeable.wake();
        await().until(() -> runs.get() == 1);
        wakeable.wake();
        await().until(() -> runs.get() == 2);
    }

    @Test
    void wakes_that_come_while_it_runs_fold_into_one_more_run() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        Wakeable wakeable = new Wakeable("test-work", () -> {
            if (runs.incrementAndGet() == 1) {
                running.countDown();
                awaitQuietly(mayFinish);
            }
        });

        wakeable.wake();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            wakeable.wake(); // commits that came while the first run was under way
        }
        mayFinish.countDown();

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
    }

    @Test
    void a_run_follows_the_last_of_many_concurrent_wakes_and_no_two_runs_overlap() {
        AtomicInteger wakes = new AtomicInteger();
        AtomicInteger wakesSeenByARun = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Wakeable wakeable = new Wakeable("test-work", () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            // what a relay run would find committed: everything woken for before it began
            wakesSeenByARun.set(wakes.get());
            running.decrementAndGet();
        });

        try (ExecutorService committers = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 1_000; i++) {
                committers.execute(() -> {
                    wakes.incrementAndGet();
                    wakeable.wake();
                });
            }
        }

        await().until(() -> wakesSeenByARun.get() == 1_000);
        assertThat(mostAtOnce).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
