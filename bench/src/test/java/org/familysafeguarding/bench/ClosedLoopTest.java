package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    @Test
    void measures_only_after_the_warm_up_and_counts_every_error_with_its_kind() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        var callers = ConcurrentHashMap.<Integer>newKeySet();

        ClosedLoop.Result result = ClosedLoop.run(
                new ClosedLoop.Plan(4, Duration.ofMillis(100), Duration.ofMillis(300), Long.MAX_VALUE), caller -> {
                    callers.add(caller);
                    int n = calls.incrementAndGet();
                    Thread.sleep(2);
                    if (n % 50 == 0) {
                        throw new java.io.IOException("connection reset");
                    }
                    return n % 25 == 0 ? 429 : 200;
                });

        assertThat(callers).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(result.calls()).isPositive().isLessThan(calls.get()); // the warm-up's calls are not measured
        assertThat(result.latencies().getTotalCount()).isEqualTo(result.calls());
        assertThat(result.errors()).isEqualTo(calls.get() / 25); // warm-up included: a smoke run fails on any
        assertThat(result.errorKinds()).containsOnlyKeys("HTTP 429", "IOException");
        assertThat(result.seconds()).isBetween(0.25, 1.0);
        assertThat(result.throughput())
                .isCloseTo(result.calls() / result.seconds(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.p50Millis()).isBetween(1.5, 50.0);
    }

    @Test
    void a_bounded_row_stops_once_its_measured_calls_are_made() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        ClosedLoop.Result result =
                ClosedLoop.run(new ClosedLoop.Plan(3, Duration.ZERO, Duration.ofSeconds(30), 20), caller -> {
                    calls.incrementAndGet();
                    return 201;
                });

        assertThat(result.calls()).isEqualTo(20);
        assertThat(calls.get()).isEqualTo(20);
        assertThat(result.seconds()).isLessThan(5);
        assertThat(result.errors()).isZero();
    }

    @Test
    void a_row_with_no_measured_call_has_no_throughput_and_no_percentiles() throws Exception {
        ClosedLoop.Result result =
                ClosedLoop.run(new ClosedLoop.Plan(1, Duration.ZERO, Duration.ofMillis(50), 0), caller -> 200);

        assertThat(result.calls()).isZero();
        assertThat(result.throughput()).isNaN();
        assertThat(result.p99Millis()).isNaN();
    }
}
