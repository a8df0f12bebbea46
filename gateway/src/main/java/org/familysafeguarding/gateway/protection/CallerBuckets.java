package org.familysafeguarding.gateway.protection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.familysafeguarding.gateway.config.GatewayConfig;

import io.github.bucket4j.Bucket;

/** One Bucket4j token bucket per caller key, held in memory by this gateway instance. */
final class CallerBuckets {

    private final GatewayConfig.RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CallerBuckets(GatewayConfig.RateLimit limit) {
        this.limit = limit;
    }

    /** 0 when the call may go ahead, otherwise the nanoseconds until it could. */
    long take(String caller) {
        var probe = buckets.computeIfAbsent(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    /** A full bucket is the same as no bucket: drop it, so the map holds only recent callers. */
    void forgetIdle() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.capacity());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.capacity()).refillGreedy(limit.refillTokens(), limit.refillPeriod()))
                .build();
    }
}
