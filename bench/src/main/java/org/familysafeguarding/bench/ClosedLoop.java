package org.familysafeguarding.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed loop: C callers on virtual threads, each calling again as soon as its last call returned,
 * first for a warm-up, then for a measured period. Each measured call's latency goes into an
 * HdrHistogram {@link Recorder}; throughput is the measured calls over the measured time.
 */
final class ClosedLoop {

    /** One call by caller number {@code caller} (0 to C-1); answers its HTTP status (a JDBC call answers 200). */
    @FunctionalInterface
    interface Call {
        int call(int caller) throws Exception;
    }

    /** @param maxMeasured the measured period ends early once this many calls were started in it (writes are bounded) */
    record Plan(int callers, Duration warmUp, Duration measured, long maxMeasured) {}

    /**
     * @param calls      calls started in the measured period
     * @param errors     non-2xx answers and exceptions in the whole row, warm-up included
     * @param errorKinds the errors by status ("HTTP 429") or exception class
     * @param seconds    from the start of the measured period to the end of its last call
     * @param latencies  microseconds
     */
    record Result(long calls, long errors, Map<String, Long> errorKinds, double seconds, Histogram latencies) {

        double throughput() {
            return seconds > 0 ? calls / seconds : Double.NaN;
        }

        double p50Millis() {
            return percentileMillis(50);
        }

        double p99Millis() {
            return percentileMillis(99);
        }

        double percentileMillis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private ClosedLoop() {}

    static Result run(Plan plan, Call call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        LongAdder measuredCalls = new LongAdder();
        LongAdder errors = new LongAdder();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        AtomicLong measuredStarts = new AtomicLong();
        long begin = System.nanoTime();
        long measureFrom = begin + plan.warmUp().toNanos();
        long measureUntil = measureFrom + plan.measured().toNanos();
        AtomicLong lastEnd = new AtomicLong(measureFrom);

        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
        for (int c = 0; c < plan.callers(); c++) {
            int caller = c;
            callers.submit(() -> {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= measureUntil
                            || start >= measureFrom && measuredStarts.incrementAndGet() > plan.maxMeasured()) {
                        break;
                    }
                    String error;
                    try {
                        int status = call.call(caller);
                        error = status / 100 == 2 ? null : "HTTP " + status;
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName();
                    }
                    long end = System.nanoTime();
                    if (error != null) {
                        errors.increment();
                        kinds.computeIfAbsent(error, k -> new LongAdder()).increment();
                    }
                    if (start >= measureFrom) {
                        recorder.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(end - start)));
                        measuredCalls.increment();
                        lastEnd.accumulateAndGet(end, Math::max);
                    }
                }
            });
        }
        callers.shutdown();
        if (!callers.awaitTermination(plan.warmUp().plus(plan.measured()).toSeconds() + 120, TimeUnit.SECONDS)) {
            callers.shutdownNow();
            throw new IllegalStateException("callers still busy two minutes after the measured period");
        }
        Map<String, Long> byKind = new TreeMap<>();
        kinds.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return new Result(
                measuredCalls.sum(),
                errors.sum(),
                byKind,
                (lastEnd.get() - measureFrom) / 1e9,
                recorder.getIntervalHistogram());
    }
}
